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
  /**
   * What to change, in manifest (YAML) terms (`set restartPolicy: Never or OnFailure`); lowercase,
   * no trailing period. The linter and the cdk8s plugin print this one.
   */
  readonly hint?: string;
  /**
   * The same fix in the constructs' terms (`use RestartPolicy.NEVER ...`), when it reads
   * differently; synth-time errors and the testing kit print it instead of {@link hint}.
   */
  readonly constructHint?: string;
  /** A kubernetes.io page (with anchor) that explains the rule. */
  readonly docs?: string;
}

/** Why a finding was silenced (it is kept as data, counted and listed, but fails nothing). */
export interface Suppression {
  /**
   * `annotation`: the object carries `ignore-check.cdk8s-jobs.io/<rule-id>: "<reason>"`;
   * `config`: the rule is `off` in the configuration (`.cdk8s-jobs.yaml`, plugin properties
   * or the `cdk8s-jobs:rules` context).
   */
  readonly kind: 'annotation' | 'config';
  /** The reason given (the annotation's value, or the config's `reason`); may be empty. */
  readonly reason: string;
}

/** A finding that a suppression silenced. */
export interface SuppressedViolation extends Violation {
  readonly suppression: Suppression;
}
