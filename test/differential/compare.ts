/**
 * How a `lintManifest` result is compared with the oracle's verdict, in one place.
 *
 * - Verdict: accepted ⇔ no error-severity finding (warnings never refuse).
 * - Refused by both, 422 (validation): the set of our error paths must equal the set of the
 *   oracle's error fields.
 * - Refused by both, 400 (strict decoding: unknown fields, wrong types, bad quantities) or a
 *   kubectl client-side error: the server stops there and reports only those, so the oracle's
 *   fields are compared with our decoding-class findings only (see {@link isDecodingFinding});
 *   validation errors the server never reached are not compared. When we report no
 *   decoding-class finding at all, all our error paths are compared instead, so "refused for
 *   another reason" is still a disagreement.
 *   - Unknown fields only (the strict decoder lists them all): the sets must be equal.
 *   - A fatal decoding error (a wrong JSON type, a quantity that does not parse) or a kubectl
 *     error stops at the first one: each field the oracle names must be among ours (subset; for
 *     a kubectl error, among all our errors: it is about the document, e.g. an apiVersion that
 *     is not served, not about decoding the body). A
 *     quantity error names no field (`''`); it is matched by any decoding-class finding of ours.
 *   - Paths are compared without list indices and map keys on both sides: Go's JSON type errors
 *     name `containers.image` and `metadata.labels` where we say `containers[0].image` and
 *     `metadata.labels[tier]`.
 * - A request that made the server panic (500, `stage: panic`; v1.30's successPolicy check of a
 *   jobTemplate without completions) is refused without causes: only the verdict is compared.
 * - A document the oracle skipped (not a batch/v1 Job or CronJob, e.g. `apiVersion: apps/v1`) is
 *   not compared.
 */
import { DECODE_PATTERNS } from '../../lib/schema/patterns';
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

/** Unknown field, wrong JSON type, or a string the decoder cannot parse (quantity, time): refused before validation. */
export function isDecodingFinding(v: Violation): boolean {
  if (v.rule !== 'schema') return false;
  if (v.message.startsWith('Forbidden: unknown field')) return true;
  if (/ expected (?:string|integer|number|boolean|object|list|map)\b/.test(v.message)) return true;
  return DECODE_PATTERNS.some((p) => v.message.endsWith(p.detail));
}

const FATAL_DECODING = new Set(['FieldValueTypeInvalid', 'DecodeError']);

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
  if (oracle.accepted || oracle.stage === 'panic') return { agree: true };
  if (!isDecodingRefusal(oracle)) {
    const ourFields = sortedSet(errors.map((v) => v.path));
    return sameList(ourFields, oracleFields) ? { agree: true } : { agree: false, kind: 'fields', ours: ourFields, oracle: oracleFields };
  }
  // kubectl's own refusals (apiVersion not served, no name, a mistyped metadata field) are
  // about the document, not the body's decoding: compared with all our errors.
  const decoding = oracle.stage === 'kubectl' ? [] : errors.filter(isDecodingFinding);
  const ourFields = sortedSet((decoding.length > 0 ? decoding : errors).map((v) => v.path));
  const mine = sortedSet(ourFields.map(withoutBrackets));
  let theirs = sortedSet(oracleFields.map(withoutBrackets));
  const fatal = oracle.stage === 'kubectl' || oracle.errors.some((e) => FATAL_DECODING.has(e.type));
  if (fatal && decoding.length > 0) theirs = theirs.filter((f) => f !== '');
  const same = fatal ? theirs.every((f) => mine.includes(f)) : sameList(mine, theirs);
  return same ? { agree: true } : { agree: false, kind: 'fields', ours: ourFields, oracle: oracleFields };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
