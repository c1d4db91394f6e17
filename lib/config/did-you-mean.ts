/** Inputs longer than this get no suggestion: a typo of a rule id or key is short, and the cost stays bounded. */
const MAX_INPUT = 128;

/**
 * The candidate closest to `input` (case-insensitive) within an edit distance of about a quarter
 * of its length (at least 1, at most 3), or `undefined`. Cost: O(candidates × 7 × length), with
 * length capped at 128, whatever the input (a 10 MB key is refused before any work).
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length === 0 || input.length > MAX_INPUT) return undefined;
  const max = Math.min(3, Math.max(1, Math.floor(input.length / 4)));
  const a = input.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const d = boundedDistance(a, candidate.toLowerCase(), max);
    if (d <= max && (best === undefined || d < best.distance)) best = { candidate, distance: d };
  }
  return best?.candidate;
}

/** `did you mean "x"?`, or `''` when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : `did you mean ${JSON.stringify(match)}?`;
}

/**
 * Levenshtein distance of `a` and `b` if it is at most `max`, else `max + 1`. Only the diagonal
 * band of width 2·max+1 is computed (Ukkonen), so the cost is O(max × length).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    cur.fill(over);
    cur[0] = i <= max ? i : over;
    let rowMin = cur[0];
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost, over);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], over);
}
