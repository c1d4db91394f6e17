import { goQuote } from '../k8s/go-text';
import type { Severity, Violation, ViolationType } from '../violation';

/**
 * The error types of `k8s.io/apimachinery/pkg/util/validation/field`, so our messages read like
 * the API server's: `spec.completions: Required value: when completion mode is Indexed`.
 */
export type ErrorType =
  | 'Required value'
  | 'Invalid value'
  | 'Unsupported value'
  | 'Duplicate value'
  | 'Not found'
  | 'Too long'
  | 'Too many'
  | 'Forbidden';

/** apimachinery's wire name of each error type (`field.ErrorType`). */
const WIRE_TYPES: Record<ErrorType, ViolationType> = {
  'Required value': 'FieldValueRequired',
  'Invalid value': 'FieldValueInvalid',
  'Unsupported value': 'FieldValueNotSupported',
  'Duplicate value': 'FieldValueDuplicate',
  'Not found': 'FieldValueNotFound',
  'Too long': 'FieldValueTooLong',
  'Too many': 'FieldValueTooMany',
  Forbidden: 'FieldValueForbidden',
};

/** Marker for a value that the API server leaves out of the message (`Invalid value: specifying ...`). */
export const OMITTED: unique symbol = Symbol('omitted');

/** What a rule's check returns: where, what kind of error, the bad value, and why. */
export interface Finding {
  /** Kubernetes field path (see `field-path.ts`). */
  readonly path: string;
  readonly type: ErrorType;
  /** The bad value, rendered by {@link showValue}; `OMITTED` or absent prints none. */
  readonly value?: unknown;
  /** The API server's detail text, e.g. `must be greater than or equal to 0`. */
  readonly detail?: string;
  /** Overrides the rule's hint (manifest terms) for this finding. */
  readonly hint?: string;
  /** Overrides the rule's construct-terms hint; ignored unless this finding also sets `hint` or the rule has none. */
  readonly constructHint?: string;
  /** Overrides the rule's severity for this finding (e.g. a warning on older versions). */
  readonly severity?: Severity;
}

/** Optional parts shared by the builders below. */
export interface FindingOptions {
  readonly hint?: string;
  readonly constructHint?: string;
  readonly severity?: Severity;
}

/**
 * Renders a bad value as apimachinery does from 1.34 on: strings Go-quoted (`strconv.Quote`),
 * numbers and booleans bare, lists and maps as JSON.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return '<unset>';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `Required value[: detail]` */
export function required(path: string, detail?: string, opts: FindingOptions = {}): Finding {
  return { path, type: 'Required value', detail, ...opts };
}

/** `Invalid value: <value>: detail` (pass `OMITTED` to print no value). */
export function invalid(path: string, value: unknown, detail: string, opts: FindingOptions = {}): Finding {
  return { path, type: 'Invalid value', value, detail, ...opts };
}

/** `Unsupported value: <value>: supported values: "A", "B"` */
export function unsupported(path: string, value: unknown, allowed: readonly string[], opts: FindingOptions = {}): Finding {
  const detail = `supported values: ${allowed.map((a) => JSON.stringify(a)).join(', ')}`;
  return { path, type: 'Unsupported value', value, detail, ...opts };
}

/** `Duplicate value: <value>` */
export function duplicate(path: string, value: unknown, opts: FindingOptions = {}): Finding {
  return { path, type: 'Duplicate value', value, ...opts };
}

/** `Forbidden: detail` */
export function forbidden(path: string, detail: string, opts: FindingOptions = {}): Finding {
  return { path, type: 'Forbidden', detail, ...opts };
}

/** `Too long: detail` (the detail wording depends on the version: see `lengthDetail` helpers in rules). */
export function tooLong(path: string, detail: string, opts: FindingOptions = {}): Finding {
  return { path, type: 'Too long', detail, ...opts };
}

/** `Too many: <actual>: must have at most <max> items` */
export function tooMany(path: string, actual: number, max: number, opts: FindingOptions = {}): Finding {
  return { path, type: 'Too many', value: actual, detail: `must have at most ${max} items`, ...opts };
}

/** The message of a finding without its path, in apimachinery's `ErrorBody` form. */
export function renderFindingMessage(f: Finding): string {
  const showsValue =
    f.type !== 'Required value' && f.type !== 'Forbidden' && f.type !== 'Too long' && f.value !== OMITTED && 'value' in f;
  let s: string = f.type;
  if (showsValue) s += `: ${showValue(f.value)}`;
  if (f.detail) s += `: ${f.detail}`;
  return s;
}

/** What a {@link Violation} takes from the rule (or the schema) that produced a finding. */
export interface FindingSource {
  readonly rule: string;
  readonly severity: Severity;
  readonly hint?: string;
  readonly constructHint?: string;
  readonly docs?: string;
}

/**
 * The one conversion from a finding to a {@link Violation}: the error type and bad value stay
 * data beside the rendered message; the finding's own hint and severity win over the source's.
 */
export function toViolation(f: Finding, source: FindingSource): Violation {
  const hint = f.hint ?? source.hint;
  // A finding's own hint replaces the source's pair: the rule's construct hint would fix something else.
  const constructHint = f.hint !== undefined ? f.constructHint : (f.constructHint ?? source.constructHint);
  const hasValue = f.value !== OMITTED && f.value !== undefined && 'value' in f;
  // Optional keys assigned in this order (not spread): the same object, built without copies.
  const v: { -readonly [K in keyof Violation]: Violation[K] } = {
    rule: source.rule,
    severity: f.severity ?? source.severity,
    path: f.path,
    message: renderFindingMessage(f),
    type: WIRE_TYPES[f.type],
  };
  if (hasValue) v.value = f.value;
  if (hint) v.hint = hint;
  if (constructHint && constructHint !== hint) v.constructHint = constructHint;
  if (source.docs) v.docs = source.docs;
  return v;
}
