/** How bad a finding is: `error` means the API server would refuse the object (or silently drop part of it). */
export type Severity = 'error' | 'warning';

/**
 * One problem found in one manifest. Plain data, so it serializes unchanged to JSON and SARIF;
 * wording for people is rendered by `formatViolation`.
 */
export interface Violation {
  /** Rule id, kebab-case (`job-restart-policy`), or `schema` for a JSON Schema finding. */
  readonly rule: string;
  readonly severity: Severity;
  /**
   * Kubernetes field path, dotted with `[i]` for list items and `[key]` for map keys
   * (`spec.template.spec.containers[0].image`); `''` for the document itself.
   */
  readonly path: string;
  /**
   * The error in the API server's own form, without the path:
   * `Required value: when completion mode is Indexed`.
   */
  readonly message: string;
  /** What to change, in the library's vocabulary; lowercase, no trailing period. */
  readonly hint?: string;
  /** A kubernetes.io page (with anchor) that explains the rule. */
  readonly docs?: string;
}
