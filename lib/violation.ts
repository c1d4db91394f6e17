/** How bad a finding is: `error` means the API server would refuse the object (or silently drop part of it). */
export type Severity = 'error' | 'warning';

/**
 * The kind of error, as apimachinery's `field.ErrorType` names it on the wire: the API server's
 * `Status.details.causes[].reason` (`kubectl` prints the human form, `Required value`).
 */
export type ViolationType =
  | 'FieldValueRequired'
  | 'FieldValueInvalid'
  | 'FieldValueNotSupported'
  | 'FieldValueDuplicate'
  | 'FieldValueNotFound'
  | 'FieldValueTooLong'
  | 'FieldValueTooMany'
  | 'FieldValueForbidden';

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
  /**
   * The error type the message is rendered from. Absent only for findings that are not about a
   * field (`yaml-syntax`: the document could not be read).
   */
  readonly type?: ViolationType;
  /**
   * The offending value as found in the manifest, where the error has one (absent for
   * `FieldValueRequired` and `FieldValueForbidden`, and where the server prints no value).
   */
  readonly value?: unknown;
  /** What to change, in the library's vocabulary; lowercase, no trailing period. */
  readonly hint?: string;
  /** A kubernetes.io page (with anchor) that explains the rule. */
  readonly docs?: string;
}
