import { IGNORE_CHECK_ANNOTATION, NON_RULE_FINDINGS } from './cli/rule-catalog';
import { asObject } from './manifest/access';
import { configurableRules, shown, type ResolvedRuleSettings } from './config/rule-settings';
import { didYouMean } from './config/did-you-mean';
import type { SuppressedViolation, Violation } from './violation';

/** Prefix of the annotation that silences one rule on one object (the kube-linter convention). */
export const IGNORE_CHECK_PREFIX = 'ignore-check.cdk8s-jobs.io/';

const ANNOTATION_DOCS = NON_RULE_FINDINGS.find((r) => r.id === IGNORE_CHECK_ANNOTATION)!.docs;

/** What {@link applySuppressions} gives: the findings that count, and those silenced. */
export interface SuppressionOutcome {
  readonly violations: Violation[];
  readonly suppressed: SuppressedViolation[];
}

/**
 * Applies the configuration's rule levels and the object's `ignore-check.cdk8s-jobs.io/<rule-id>`
 * annotations to one object's findings, in one place for the CLI, the plugin and the constructs.
 *
 * - `off` in the configuration silences the rule; `warning` / `error` change its severity.
 * - An annotation silences warnings only. An API-server error stays an error (the server would
 *   still refuse the object): the annotation then gets a note of rule `ignore-check-annotation`,
 *   as does an annotation naming no known rule. Turning such an error off takes the configuration,
 *   with a stated reason, and the silenced error is still counted as suppressed.
 */
export function applySuppressions(found: readonly Violation[], manifest: unknown, rules: ResolvedRuleSettings): SuppressionOutcome {
  const annotations = ignoreAnnotations(manifest);
  const violations: Violation[] = [];
  const suppressed: SuppressedViolation[] = [];
  const refused = new Set<string>();
  const place = (v: Violation) => {
    const setting = rules.get(v.rule);
    if (setting?.level === 'off') {
      suppressed.push({ ...v, suppression: { kind: 'config', reason: setting.reason } });
      return;
    }
    const judged: Violation = setting && setting.level !== v.severity ? { ...v, severity: setting.level } : v;
    const reason = annotations.get(v.rule);
    if (reason !== undefined && judged.severity === 'warning') {
      suppressed.push({ ...judged, suppression: { kind: 'annotation', reason } });
      return;
    }
    if (reason !== undefined) refused.add(v.rule);
    violations.push(judged);
  };
  for (let i = 0; i < found.length; i++) place(found[i]);
  if (annotations.size > 0) {
    const known = configurableRules();
    for (const id of annotations.keys()) {
      const path = `metadata.annotations[${IGNORE_CHECK_PREFIX}${id}]`;
      if (refused.has(id)) {
        place(note(path, `${id} is an API-server error: the server refuses the object whatever the annotation says`,
          `fix the field; if the linter is wrong here, set rules: { ${id}: { level: off, reason: "..." } } in .cdk8s-jobs.yaml`));
      } else if (!known.has(id)) {
        const hint = didYouMean(id, known.keys());
        place(note(path, `no rule has the id ${shown(id)}`, hint ? `${hint.replace(/\?$/, '')} (cdk8s-jobs rules lists them)` : 'use an id listed by cdk8s-jobs rules'));
      }
    }
  }
  return { violations, suppressed };
}

function note(path: string, detail: string, hint: string): Violation {
  return { rule: IGNORE_CHECK_ANNOTATION, severity: 'warning', path, message: `Invalid value: ${detail}`, hint, docs: ANNOTATION_DOCS };
}

/** Rule id to reason, from the object's own `metadata.annotations`. */
function ignoreAnnotations(manifest: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const annotations = asObject(asObject(asObject(manifest)?.metadata)?.annotations);
  if (!annotations) return out;
  const keys = Object.keys(annotations);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = annotations[key];
    if (key.startsWith(IGNORE_CHECK_PREFIX) && typeof value === 'string') out.set(key.slice(IGNORE_CHECK_PREFIX.length), value);
  }
  return out;
}
