/**
 * The sign of a Kubernetes quantity without parsing it fully: the suffix (`Gi`, `m`, `e3`) never
 * changes the sign, so the number in front decides. Used where a rule only asks "below zero?" or
 * "above zero?"; unparseable strings are the decoder's (schema) business and give `undefined`.
 * (Swap for `lib/k8s/quantity.ts` once that parser is on this branch.)
 */
const NUMBER_PART = /^[+-]?[0-9.]*/;

/** -1, 0 or 1 for a quantity given as a number or a string; `undefined` for anything else. */
export function quantitySign(q: unknown): -1 | 0 | 1 | undefined {
  if (typeof q === 'number') return Number.isFinite(q) ? (Math.sign(q) as -1 | 0 | 1) || 0 : undefined;
  if (typeof q !== 'string') return undefined;
  const s = q.trim();
  const number = NUMBER_PART.exec(s)?.[0] ?? '';
  if (!/[0-9]/.test(number)) return undefined;
  if (!/[1-9]/.test(number)) return 0;
  return s.startsWith('-') ? -1 : 1;
}
