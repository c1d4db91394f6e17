/**
 * How a `lintManifest` result is compared with the oracle's verdict, in one place.
 *
 * - Verdict: accepted ⇔ no error-severity finding (warnings never refuse).
 * - Refused by both, 422 (validation): the set of our error paths must equal the set of the
 *   oracle's error fields.
 * - Refused by both, 400 (strict decoding: unknown fields, wrong types) or a kubectl client-side
 *   decoding error: the server stops there and reports only the decoding errors, so the oracle's
 *   fields are compared with our decoding-class findings only (see {@link isDecodingFinding});
 *   what else we found (validation errors the server never reached) is not compared. When we
 *   report no decoding-class finding at all, all our error paths are compared instead, so that
 *   "refused for another reason" is still a disagreement. A wrong JSON type is fatal to Go's
 *   decoder, which then names only the first one: with a type error in the oracle's answer, each
 *   field it names must be among ours (subset); with unknown fields only (all listed), the sets
 *   must be equal. Decoding paths are compared without list indices and map keys on both sides:
 *   Go's JSON type errors name `containers.image` and `metadata.labels` where we say
 *   `containers[0].image` and `metadata.labels[tier]`.
 * - A document the oracle skipped (not a batch/v1 Job or CronJob, e.g. `apiVersion: apps/v1`) is
 *   not compared.
 */
import type { Violation } from '../../lib/violation';
import type { OracleVerdict } from './goldens';

export interface Agreement {
  readonly agree: true;
}

export interface Disagreement {
  readonly agree: false;
  /** `verdict`: one side accepts; `fields`: both refuse, at different field paths. */
  readonly kind: 'verdict' | 'fields';
  readonly ours: readonly string[];
  readonly oracle: readonly string[];
}

/** Unknown field or wrong JSON type: what the server's strict decoder refuses before validation. */
export function isDecodingFinding(v: Violation): boolean {
  return v.rule === 'schema' && (v.message.startsWith('Forbidden: unknown field') || / expected (?:string|integer|number|boolean|object|list|map)\b/.test(v.message));
}

export function isDecodingRefusal(o: OracleVerdict): boolean {
  return o.status === 400 || o.stage === 'decode' || o.stage === 'kubectl';
}

const sortedSet = (xs: readonly string[]) => [...new Set(xs)].sort();
const BRACKETS = /\[[^\]]*\]/g;
const withoutBrackets = (p: string) => p.replace(BRACKETS, '');

export function compare(ours: readonly Violation[], oracle: OracleVerdict): Agreement | Disagreement | undefined {
  if (oracle.skipped) return undefined;
  const errors = ours.filter((v) => v.severity === 'error');
  const oracleFields = sortedSet(oracle.errors.map((e) => e.field));
  if ((errors.length === 0) !== oracle.accepted) {
    return { agree: false, kind: 'verdict', ours: sortedSet(errors.map((v) => v.path)), oracle: oracleFields };
  }
  if (oracle.accepted) return { agree: true };
  const decodingRefusal = isDecodingRefusal(oracle);
  const decoding = decodingRefusal ? errors.filter(isDecodingFinding) : [];
  const ourFields = sortedSet((decoding.length > 0 ? decoding : errors).map((v) => v.path));
  const norm = decodingRefusal ? (xs: readonly string[]) => sortedSet(xs.map(withoutBrackets)) : (xs: readonly string[]) => xs;
  const [a, b] = [norm(ourFields), norm(oracleFields)];
  const typeError = decodingRefusal && oracle.errors.some((e) => e.type === 'FieldValueTypeInvalid');
  const same = typeError && decoding.length > 0 ? b.every((f) => a.includes(f)) : a.length === b.length && a.every((f, i) => f === b[i]);
  return same ? { agree: true } : { agree: false, kind: 'fields', ours: ourFields, oracle: oracleFields };
}
