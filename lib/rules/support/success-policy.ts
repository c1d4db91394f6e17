import { asArray, asObject } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
import { validatesField } from './gates';
import { isIndexed } from './job-spec';

/** One success policy rule with its index. */
export interface SuccessRule {
  readonly rule: Record<string, unknown>;
  readonly index: number;
}

/**
 * The successPolicy rules validateSuccessPolicy sees: none unless the gate is on (the field is
 * dropped before), the policy is set and the Job is Indexed (otherwise only
 * success-policy-requires-indexed reports).
 */
export function successPolicyRules(view: JobView): SuccessRule[] | undefined {
  const policy = asObject(view.spec.successPolicy);
  if (!validatesField(view, 'successPolicy') || !policy || !isIndexed(view)) return undefined;
  const out: SuccessRule[] = [];
  (asArray(policy.rules) ?? []).forEach((r, index) => out.push({ rule: asObject(r) ?? {}, index }));
  return out;
}

/** `strconv.Atoi` for the index strings: optional sign, decimal digits, within int64. */
function atoi(s: string): number | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** `parseIndexInterval` + `validateIndexesFormat`: the number of indexes, or the error text. */
export function parseIndexes(s: string, completions: number): { total: number } | { error: string } {
  if (s.length === 0) return { total: 0 };
  let last: number | undefined;
  let total = 0;
  for (const interval of s.split(',')) {
    const limits = interval.split('-');
    if (limits.length > 2) {
      return { error: `the fragment ${JSON.stringify(interval)} violates the requirement that an index interval can have at most two parts separated by '-'` };
    }
    const bounds: number[] = [];
    for (const part of limits) {
      const n = atoi(part);
      if (n === undefined) return { error: `cannot convert string to integer for index: ${JSON.stringify(part)}` };
      if (n >= completions) return { error: `too large index: ${JSON.stringify(part)}` };
      bounds.push(n);
    }
    const [x, y = x] = bounds;
    if (bounds.length === 2 && x >= y) return { error: `non-increasing order, previous: ${x}, current: ${y}` };
    if (last !== undefined && last >= x) return { error: `non-increasing order, previous: ${last}, current: ${x}` };
    total += y - x + 1;
    last = y;
  }
  return { total };
}
