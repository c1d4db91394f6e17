import { goAtoi } from '../k8s/go-text';

/**
 * One field of a 5-field cron expression, as robfig/cron v3.0.1 parses it
 * (github.com/robfig/cron/v3 `parser.go` getField/getRange/parseIntOrName/mustParseInt and the
 * bounds in `spec.go`). Error texts are the library's, word for word.
 */

/** The range and names of one cron field (robfig `bounds`). */
export interface FieldBounds {
  /** Field name, for documentation and messages of our own. */
  readonly name: 'minute' | 'hour' | 'day of month' | 'month' | 'day of week';
  readonly min: number;
  readonly max: number;
  /** Lower-case names accepted instead of numbers (`jan`, `sun`). */
  readonly names?: ReadonlyMap<string, number>;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Minute, hour, day of month, month, day of week: the order of a standard spec. Day of week 7 is not Sunday. */
export const CRON_FIELDS: readonly FieldBounds[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: new Map(MONTH_NAMES.map((n, i) => [n, i + 1])) },
  { name: 'day of week', min: 0, max: 6, names: new Map(DAY_NAMES.map((n, i) => [n, i])) },
];

/** The values a field matches, and whether it was written as `*`/`?` with step 1 (robfig's star bit). */
export interface FieldValues {
  /** Matching values, ascending. */
  readonly values: readonly number[];
  /** robfig's `starBit`: day-of-month and day-of-week combine with AND when either has it, else OR. */
  readonly star: boolean;
}

/** Result of {@link parseField}. */
export type FieldResult = { readonly ok: true; readonly field: FieldValues } | { readonly ok: false; readonly message: string };

/** Go's `strings.ToLower` for the purpose of matching ASCII names: `İ` (U+0130) lowers to `i`, `K` (U+212A) to `k`. */
function goLowerForNames(s: string): string {
  return s.replace(/[A-Z\u0130\u212a]/g, (c) => (c === '\u0130' ? 'i' : c === '\u212a' ? 'k' : c.toLowerCase()));
}

type IntResult = { ok: true; value: bigint } | { ok: false; message: string };

function mustParseInt(expr: string): IntResult {
  const n = goAtoi(expr);
  if (!n.ok) return { ok: false, message: `failed to parse int from ${expr}: ${n.message}` };
  if (n.value < 0n) return { ok: false, message: `negative number (${n.value}) not allowed: ${expr}` };
  return n;
}

function parseIntOrName(expr: string, names: ReadonlyMap<string, number> | undefined): IntResult {
  const named = names?.get(goLowerForNames(expr));
  return named !== undefined ? { ok: true, value: BigInt(named) } : mustParseInt(expr);
}

/** `getRange`: `*`, `?`, `N`, `N-M`, each optionally `/step` (`N/step` means `N-max/step`). */
function parseRange(expr: string, b: FieldBounds, into: Set<number>): { ok: true; star: boolean } | { ok: false; message: string } {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  const singleDigit = lowAndHigh.length === 1;
  let start: bigint;
  let end: bigint;
  let star = false;
  // robfig only looks at the part before the first '-': `*-5` is read as `*`.
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = BigInt(b.min);
    end = BigInt(b.max);
    star = true;
  } else {
    const low = parseIntOrName(lowAndHigh[0], b.names);
    if (!low.ok) return low;
    start = low.value;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const high = parseIntOrName(lowAndHigh[1], b.names);
      if (!high.ok) return high;
      end = high.value;
    } else return { ok: false, message: `too many hyphens: ${expr}` };
  }
  let step = 1n;
  if (rangeAndStep.length === 2) {
    const s = mustParseInt(rangeAndStep[1]);
    if (!s.ok) return s;
    step = s.value;
    if (singleDigit) end = BigInt(b.max);
    if (step > 1n) star = false; // v3.0.1: a stepped star is not a star
  } else if (rangeAndStep.length > 2) return { ok: false, message: `too many slashes: ${expr}` };

  if (start < BigInt(b.min)) return { ok: false, message: `beginning of range (${start}) below minimum (${b.min}): ${expr}` };
  if (end > BigInt(b.max)) return { ok: false, message: `end of range (${end}) above maximum (${b.max}): ${expr}` };
  if (start > end) return { ok: false, message: `beginning of range (${start}) beyond end of range (${end}): ${expr}` };
  if (step === 0n) return { ok: false, message: `step of range should be a positive number: ${expr}` };
  // Within the field's bounds now: count in numbers (a huge step just ends the loop).
  const last = Number(end);
  const by = Number(step);
  for (let i = Number(start); i <= last; i += by) into.add(i);
  return { ok: true, star };
}

/** `*` (or `?`) of each field: every value, with the star bit. */
const STARS: ReadonlyMap<FieldBounds, FieldResult> = new Map(
  CRON_FIELDS.map((b) => {
    const values = Object.freeze(Array.from({ length: b.max - b.min + 1 }, (_, i) => b.min + i));
    return [b, Object.freeze({ ok: true, field: Object.freeze({ values, star: true }) })];
  }),
);

/** A number of one or two decimal digits (no sign, no name can look like it). */
function smallNumber(field: string): number | undefined {
  const a = field.charCodeAt(0) - 0x30;
  if (field.length === 1) return a >= 0 && a <= 9 ? a : undefined;
  const b = field.charCodeAt(1) - 0x30;
  return field.length === 2 && a >= 0 && a <= 9 && b >= 0 && b <= 9 ? 10 * a + b : undefined;
}

/**
 * `getField`: a comma list of ranges. Empty items are skipped, as Go's `strings.FieldsFunc` does.
 * The two shapes of most schedules, `*` and a number in range, are answered without the general
 * parse (which counts in BigInt, as Go's int does); their result is the same.
 */
export function parseField(field: string, b: FieldBounds): FieldResult {
  const stars = field === '*' || field === '?' ? STARS.get(b) : undefined;
  if (stars) return stars;
  const n = smallNumber(field);
  if (n !== undefined && n >= b.min && n <= b.max) return { ok: true, field: { values: [n], star: false } };
  const values = new Set<number>();
  let star = false;
  for (const expr of field.split(',').filter((e) => e !== '')) {
    const r = parseRange(expr, b, values);
    if (!r.ok) return r;
    star ||= r.star;
  }
  return { ok: true, field: { values: [...values].sort((x, y) => x - y), star } };
}
