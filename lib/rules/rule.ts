import type { JobView, ManifestKind } from '../manifest/job-view';
import type { Severity, Violation } from '../violation';
import { toViolation, type Finding } from './findings';

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
