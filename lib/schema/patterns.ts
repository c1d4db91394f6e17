/**
 * String formats the API server's decoder enforces, written as JSON Schema `pattern`s so the
 * generated schemas stay standard draft-07 (no custom ajv formats) and each failure can be worded
 * as the decoder words it. The generator writes `pattern`; the validator maps it back to `detail`.
 */
export interface DecodePattern {
  /** ECMAScript regular expression, as written into the schema. */
  readonly pattern: string;
  /** The message detail after `Invalid value: "<value>": `. */
  readonly detail: string;
  /** How to write a valid value: lowercase, no trailing period. */
  readonly hint: string;
}

/**
 * `resource.Quantity`: the decoder trims spaces, then parses; `detail` quotes the regular expression
 * it prints when parsing fails. `pattern` accepts the same language (a superset of the real
 * grammar, so it never refuses a valid quantity) written without the ambiguity between
 * `[0-9.]+` and a suffix-less `[0-9]*`, which made a 100 KB digit string take quadratic time:
 * after the number comes either a suffix letter or a sign, nothing else.
 */
export const QUANTITY_PATTERN: DecodePattern = {
  pattern: '^\\s*[+-]?[0-9.]+(?:[eEinumkKMGTP]+[-+]?[0-9]*|[-+][0-9]*)?\\s*$',
  detail: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
  hint: 'write a quantity such as 128Mi, 1Gi (powers of 1024), 1G (powers of 1000), 500m or 0.5 (CPUs)',
};

/** `metav1.Time`: RFC 3339 in the form Go's `time.RFC3339` layout parses. */
export const DATE_TIME_PATTERN: DecodePattern = {
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
  detail: 'must be an RFC 3339 date-time, e.g. "2024-01-31T12:00:00Z"',
  hint: 'server-set timestamps (creationTimestamp) can be removed from the manifest',
};

/** Every pattern the generator may write, for the validator's message lookup. */
export const DECODE_PATTERNS: readonly DecodePattern[] = [QUANTITY_PATTERN, DATE_TIME_PATTERN];
