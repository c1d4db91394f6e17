import { ALL_RULES } from '../rules';
import type { Severity } from '../violation';

/** What a report needs to know about a rule id (SARIF descriptors, `--help`). */
export interface RuleInfo {
  /** Rule id (`schema`, `yaml-syntax`, ...). */
  readonly id: string;
  /** Severity of its findings. */
  readonly severity: Severity;
  /** Lowercase, no trailing period. */
  readonly summary: string;
  /** kubernetes.io page (with anchor) that explains it. */
  readonly docs: string;
}

/** Rule id of a document that cannot be read as YAML (or breaks the alias/depth limits). */
export const YAML_SYNTAX = 'yaml-syntax';

/** Rule id of a key written twice in one mapping: kubectl keeps the last one and drops the others. */
export const YAML_DUPLICATE_KEY = 'yaml-duplicate-key';

/** Rule id of the note on an `ignore-check.cdk8s-jobs.io/...` annotation that silences nothing. */
export const IGNORE_CHECK_ANNOTATION = 'ignore-check-annotation';

/** The findings that do not come from `ALL_RULES`: the schema, removed APIs, and YAML itself. */
export const NON_RULE_FINDINGS: readonly RuleInfo[] = [
  {
    id: 'schema',
    severity: 'error',
    summary: 'a field must exist in the batch/v1 schema of the target version and have its type',
    docs: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
  },
  {
    id: 'api-version-removed',
    severity: 'error',
    summary: 'a CronJob must use an apiVersion the target version still serves (batch/v1)',
    docs: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/#cronjob-v125',
  },
  {
    id: YAML_SYNTAX,
    severity: 'error',
    summary: 'a document must be YAML that kubectl can read: no syntax errors, no alias bombs',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/#describing-a-kubernetes-object',
  },
  {
    id: YAML_DUPLICATE_KEY,
    severity: 'warning',
    summary: 'a key should appear once per mapping: kubectl keeps the last one and silently drops the others',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/#describing-a-kubernetes-object',
  },
  {
    id: IGNORE_CHECK_ANNOTATION,
    severity: 'warning',
    summary: 'an ignore-check.cdk8s-jobs.io/<rule-id> annotation must name a rule that reports a warning on the object',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set',
  },
];

/** Every rule id a report may carry: the engine's rules, then the non-rule findings. */
export function allRuleInfo(): RuleInfo[] {
  const seen = new Set<string>();
  const out: RuleInfo[] = [];
  for (const r of [...ALL_RULES, ...NON_RULE_FINDINGS]) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push({ id: r.id, severity: r.severity, summary: r.summary, docs: r.docs });
  }
  return out;
}
