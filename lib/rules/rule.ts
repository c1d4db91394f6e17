import type { JobView, ManifestKind } from '../manifest/job-view';
import type { Severity, Violation } from '../violation';
import { toViolation, type Finding } from './findings';

/**
 * Where a trigger's key sits in a document (the JobSpec is the Job's `spec` or the CronJob's
 * `spec.jobTemplate.spec`):
 * - `metadata`: the object's `metadata`;
 * - `cron`: the CronJob's `spec`;
 * - `job`: the JobSpec;
 * - `podMetadata`: the pod template's `metadata` (JobSpec `template.metadata`);
 * - `pod`: the pod spec (JobSpec `template.spec`);
 * - `container`: any item of the pod spec's `containers`, `initContainers` or `ephemeralContainers`.
 */
export type TriggerAnchor = 'metadata' | 'cron' | 'job' | 'podMetadata' | 'pod' | 'container';

/**
 * A field whose presence makes a rule worth running: `<anchor>.<key>`, one key directly under
 * the anchor, as written on the wire (`pod.affinity`, `container.ports`, `job.successPolicy`,
 * `cron.timeZone`). The anchor is checked by the compiler; the key by test/rules/registry.test.ts
 * (it must be a property of the anchor's definition in a supported version's schema).
 */
export type Trigger = `${TriggerAnchor}.${string}`;

/**
 * One Kubernetes rule: data about it plus a pure check over a manifest. The same object runs at
 * synth time (constructs) and in the linter, so both report identical findings.
 */
export interface Rule {
  /** Stable kebab-case id; also the file name (`lib/rules/<group>/<id>.ts`). */
  readonly id: string;
  /** Severity of its findings unless a finding overrides it. */
  readonly severity: Severity;
  /** One line, lowercase, no trailing period: what the rule requires. */
  readonly summary: string;
  /** kubernetes.io page with anchor that states the rule. */
  readonly docs: string;
  /** The kinds it checks. */
  readonly appliesTo: readonly ManifestKind[];
  /** Ids from `shared/reference/k8s-job-rules.md` that this rule implements (traceability). */
  readonly refs: readonly string[];
  /**
   * Default fix hint for its findings, in manifest (YAML) terms: `set restartPolicy: Never`;
   * lowercase, no trailing period. This is what the linter prints.
   */
  readonly hint?: string;
  /**
   * The fix in the constructs' terms (`use RestartPolicy.NEVER`), printed at synth instead of
   * {@link hint}; only where it reads differently. Same style as `hint`.
   */
  readonly constructHint?: string;
  /**
   * The fields whose presence makes the rule worth running: the engine skips the rule on a
   * document where none of them is present. A key counts as present when the object at its
   * anchor has it (whatever its value, `null` included) as written or after defaulting (so a
   * field that defaulting adds, or that the create strategy's drop of disabled fields removes,
   * counts). List every field the rule can report on or about: the rule must return no finding
   * whenever all of them are absent (test/rules/triggers-property.test.ts checks it on every case
   * we have).
   *
   * Omit it for a rule that can fire without any of its fields: one that reports a missing field,
   * a default, or a relation that holds without the field (`metadata-name-required`,
   * `pod-containers-required`, `job-active-deadline`). Such a rule runs on every document.
   * @default - the rule runs on every document of its kinds
   */
  readonly triggers?: readonly Trigger[];
  /** Pure: reads the view, returns findings; never throws on odd input. */
  check(view: JobView): readonly Finding[];
}

/** Identity helper that gives rule literals their type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Turns a rule's finding into a {@link Violation} (also used for lib/objects' checks). */
export function stamp(rule: Pick<Rule, 'id' | 'severity' | 'docs' | 'hint' | 'constructHint'>, finding: Finding): Violation {
  return toViolation(finding, { rule: rule.id, severity: rule.severity, hint: rule.hint, constructHint: rule.constructHint, docs: rule.docs });
}
