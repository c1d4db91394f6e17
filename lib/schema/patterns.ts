import { QUANTITY_ERROR_MESSAGES, type QuantityError } from '../k8s/quantity';

/**
 * What the API server's decoder refuses in a field's text, and how each failure is worded:
 * string formats written as JSON Schema `pattern`s (so the generated schemas stay standard
 * draft-07, no custom ajv formats; the validator maps a failed pattern back to `detail`), and
 * the failures of the parsers the schema layer runs itself (quantities, see quantities.ts).
 */
export interface DecodePattern {
  /** ECMAScript regular expression, as written into the schema; absent for a parser's failure. */
  readonly pattern?: string;
  /** The message detail after `Invalid value: "<value>": `. */
  readonly detail: string;
  /** How to write a valid value: lowercase, no trailing period. */
  readonly hint: string;
}

const QUANTITY_HINT = 'write a quantity such as 128Mi, 1Gi (powers of 1024), 1G (powers of 1000), 500m or 0.5 (CPUs)';

/**
 * `resource.ParseQuantity`'s three failures (after `UnmarshalJSON` trimmed the text), in its words:
 * the syntax, the suffix (`1Mk`, `1e99999999999999999999`), and a numeric part without a digit where
 * the exact parser is needed (`Ei`, `e-10`).
 */
export const QUANTITY_DECODE_FAILURES: Readonly<Record<QuantityError, DecodePattern>> = {
  format: { detail: QUANTITY_ERROR_MESSAGES.format, hint: QUANTITY_HINT },
  suffix: {
    detail: QUANTITY_ERROR_MESSAGES.suffix,
    hint: 'end the quantity with one suffix the API server knows (n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei) or an exponent such as e3',
  },
  numeric: { detail: QUANTITY_ERROR_MESSAGES.numeric, hint: `${QUANTITY_HINT}, with a digit before the suffix` },
};

/** `metav1.Time`: RFC 3339 in the form Go's `time.RFC3339` layout parses. */
export const DATE_TIME_PATTERN: DecodePattern & { readonly pattern: string } = {
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
  detail: 'must be an RFC 3339 date-time, e.g. "2024-01-31T12:00:00Z"',
  hint: 'server-set timestamps (creationTimestamp) can be removed from the manifest',
};

/** Every decoder failure the schema layer reports: the generator's patterns, then the parsers' failures. */
export const DECODE_PATTERNS: readonly DecodePattern[] = [DATE_TIME_PATTERN, ...Object.values(QUANTITY_DECODE_FAILURES)];
