/**
 * Kubernetes resource quantities, parsed exactly as `resource.ParseQuantity`
 * (k8s.io/apimachinery/pkg/api/resource) parses them after `Quantity.UnmarshalJSON` trimmed the
 * text: the same accepted syntax, the same exact value (rounded up to a multiple of 1n in
 * magnitude, binary quantities capped at 2^63-1), and the same `String()` the API server prints
 * in its messages (`1.5` prints as `1500m`, `1024Ki` as `1Mi`, a canonical input as itself).
 *
 * The scanner is a hand-written single pass (no regular expression), so it runs in linear time on
 * any input. Values are kept as `digits × 10^exponent` with a BigInt `digits`, so `1e3` equals
 * `1k` and `0.5` equals `500m` exactly, and `1e2000000000` costs no more than `1`.
 *
 * Known simplifications (values no manifest uses): int32 wrap-around of exponents beyond ±2^31
 * after the suffix is read is not reproduced, and `milliValue`/`value` return the exact ceiling
 * instead of Go's overflowing int64.
 */

/** The three formats a quantity remembers from its suffix (apimachinery `Format`). */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** A parsed quantity: its exact value and the text the API server prints for it. */
export interface Quantity {
  /** -1, 0 or 1. */
  readonly sign: -1 | 0 | 1;
  /** Magnitude's significant digits (no trailing zeros unless the value is 0). */
  readonly digits: bigint;
  /** Power of ten applied to `digits` (magnitude = digits × 10^exponent). */
  readonly exponent: number;
  readonly format: QuantityFormat;
  /** What `Quantity.String()` returns: the canonical form, or the input when already canonical. */
  readonly text: string;
}

/** Why a string is not a quantity: apimachinery's three parse errors. */
export type QuantityError = 'format' | 'numeric' | 'suffix';

/** The messages of `resource.ErrFormatWrong`, `ErrNumeric` and `ErrSuffix`. */
export const QUANTITY_ERROR_MESSAGES: Readonly<Record<QuantityError, string>> = {
  format: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
  numeric: 'unable to parse numeric part of quantity',
  suffix: "unable to parse quantity's suffix",
};

export type QuantityResult = { readonly ok: true; readonly quantity: Quantity } | { readonly ok: false; readonly error: QuantityError };

const INT64_MAX = (1n << 63n) - 1n;
/** Largest exponent gap {@link addQuantities} expands exactly. */
const MAX_EXACT_GAP = 64;
const NANO = -9;
const SUFFIX_CHARS = 'eEinumkKMGTP';

interface Suffix {
  readonly base: 2 | 10;
  readonly exponent: number;
  readonly format: QuantityFormat;
}

const SUFFIXES: ReadonlyMap<string, Suffix> = new Map<string, Suffix>([
  ['', { base: 10, exponent: 0, format: 'DecimalSI' }],
  ['n', { base: 10, exponent: -9, format: 'DecimalSI' }],
  ['u', { base: 10, exponent: -6, format: 'DecimalSI' }],
  ['m', { base: 10, exponent: -3, format: 'DecimalSI' }],
  ['k', { base: 10, exponent: 3, format: 'DecimalSI' }],
  ['M', { base: 10, exponent: 6, format: 'DecimalSI' }],
  ['G', { base: 10, exponent: 9, format: 'DecimalSI' }],
  ['T', { base: 10, exponent: 12, format: 'DecimalSI' }],
  ['P', { base: 10, exponent: 15, format: 'DecimalSI' }],
  ['E', { base: 10, exponent: 18, format: 'DecimalSI' }],
  ['Ki', { base: 2, exponent: 10, format: 'BinarySI' }],
  ['Mi', { base: 2, exponent: 20, format: 'BinarySI' }],
  ['Gi', { base: 2, exponent: 30, format: 'BinarySI' }],
  ['Ti', { base: 2, exponent: 40, format: 'BinarySI' }],
  ['Pi', { base: 2, exponent: 50, format: 'BinarySI' }],
  ['Ei', { base: 2, exponent: 60, format: 'BinarySI' }],
]);

const DECIMAL_SUFFIX_BY_EXPONENT: ReadonlyMap<number, string> = new Map([
  [-9, 'n'], [-6, 'u'], [-3, 'm'], [0, ''], [3, 'k'], [6, 'M'], [9, 'G'], [12, 'T'], [15, 'P'], [18, 'E'],
]);
const BINARY_SUFFIX_BY_POWER = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/** Go's `strconv.ParseInt(s, 10, 64)`: optional sign, then at least one digit, in int64 range. */
function parseInt64(s: string): bigint | undefined {
  let i = 0;
  if (s[0] === '+' || s[0] === '-') i = 1;
  if (i >= s.length) return undefined;
  for (let j = i; j < s.length; j++) if (!isDigit(s.charCodeAt(j))) return undefined;
  const v = BigInt(s.slice(i));
  const signed = s[0] === '-' ? -v : v;
  return signed > INT64_MAX || signed < -INT64_MAX - 1n ? undefined : signed;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `suffixer.interpret`: a table suffix, or `e`/`E` and an int64 exponent (truncated to int32 as Go does). */
function interpretSuffix(s: string): Suffix | undefined {
  const known = SUFFIXES.get(s);
  if (known) return known;
  if (s.length > 1 && (s[0] === 'e' || s[0] === 'E')) {
    const parsed = parseInt64(s.slice(1));
    if (parsed === undefined) return undefined;
    return { base: 10, exponent: Number(BigInt.asIntN(32, parsed)), format: 'DecimalExponent' };
  }
  return undefined;
}

/** Go's `strings.TrimSpace` (Unicode White_Space), which `UnmarshalJSON` applies before parsing. */
function isGoSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

function trimGoSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

interface Scanned {
  readonly positive: boolean;
  /** Numerator without leading zeros ("0" when none are left). */
  readonly num: string;
  readonly denom: string;
  readonly suffix: string;
  /** Whether the numeric part holds any digit (inf.Dec refuses one that does not). */
  readonly hasDigits: boolean;
}

/** `parseQuantityString`, the fast scanner. */
function scan(str: string): Scanned | QuantityError {
  const end = str.length;
  let pos = 0;
  let positive = true;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') {
    pos++;
  }
  const afterSign = pos;
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { positive, num: '0', denom: '', suffix: '', hasDigits: true };
  const numStart = pos;
  while (pos < end && isDigit(str.charCodeAt(pos))) pos++;
  const num = pos === numStart ? '0' : str.slice(numStart, pos);
  const sawDigit = pos > afterSign;
  let denom = '';
  if (pos < end && str[pos] === '.') {
    const denomStart = ++pos;
    while (pos < end && isDigit(str.charCodeAt(pos))) pos++;
    denom = str.slice(denomStart, pos);
  }
  const hasDigits = sawDigit || denom.length > 0;
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos])) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str.charCodeAt(pos))) pos++;
  if (pos < end) return 'format';
  return { positive, num, denom, suffix: str.slice(suffixStart), hasDigits };
}

function stripTens(digits: bigint, exponent: number): [bigint, number] {
  if (digits === 0n) return [0n, 0];
  while (digits % 10n === 0n) {
    digits /= 10n;
    exponent++;
  }
  return [digits, exponent];
}

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function digitCount(v: bigint): number {
  return v === 0n ? 1 : v.toString().length;
}

/**
 * Parses a quantity as the API server does (a string is trimmed of surrounding whitespace first,
 * as `UnmarshalJSON` does; a JSON number is read from its shortest decimal text).
 */
export function parseQuantity(input: string | number): QuantityResult {
  return (typeof input === 'string' ? parseCommonForm(input) : undefined) ?? parseAnyForm(input);
}

/**
 * The forms nearly every manifest writes (`1`, `100m`, `1500m`, `128Mi`, `2Gi`): digits, the first
 * not a zero, at most 15 of them (so a double holds them exactly), then a table suffix or none.
 * No sign, fraction, exponent or surrounding space, so no scan: the result of ParseQuantity's int64
 * fast path as {@link parseAnyForm} computes it (property-tested against it), or `undefined` for
 * any other text and for a binary value past that fast path.
 */
function parseCommonForm(str: string): QuantityResult | undefined {
  const end = str.length;
  let n = 0;
  while (n < end && isDigit(str.charCodeAt(n))) n++;
  if (n === 0 || n > 15 || str.charCodeAt(0) === 48) return undefined;
  const suffix = SUFFIXES.get(n === end ? '' : str.slice(n));
  if (suffix === undefined) return undefined;
  const num = n === end ? str : str.slice(0, n);
  if (suffix.base === 10) {
    // `build` and `canonicalText` in text: strip the trailing zeros, then print the digits with
    // the exponent lowered to a multiple of 3 (the table's exponents all are multiples of 3).
    let zeros = 0;
    while (str.charCodeAt(n - 1 - zeros) === 48) zeros++;
    const digits = zeros === 0 ? num : num.slice(0, n - zeros);
    const exponent = suffix.exponent + zeros;
    // At most 15 digits: the double is exact, and a bigint made from it is much cheaper than from text.
    const value = BigInt(Number(digits));
    if (zeros < 3) return ok(1, value, exponent, 'DecimalSI', str);
    const rem = ((exponent % 3) + 3) % 3;
    return ok(1, value, exponent, 'DecimalSI', `${digits}${'0'.repeat(rem)}${DECIMAL_SUFFIX_BY_EXPONENT.get(exponent - rem) ?? ''}`);
  }
  if (15 - n - (suffix.exponent * 3) / 10 - 1 < 0) return undefined;
  let mantissa = Number(num);
  // mantissa × 2^exponent is exact in a double (a power of two only moves its exponent), so the
  // int64 bound is `< 2^63` and the bigint is made from the double, not shifted.
  const exact = mantissa * 2 ** suffix.exponent;
  if (exact >= 2 ** 63) return undefined;
  const value = BigInt(exact);
  if (mantissa % 8 !== 0) return build(true, value, 0, 'BinarySI', str);
  // `canonicalText` of a value of at least 1Ki, in whole numbers: mantissa × 1024^power.
  let power = suffix.exponent / 10;
  while (mantissa % 1024 === 0 && power < 6) {
    mantissa /= 1024;
    power++;
  }
  return build(true, value, 0, 'BinarySI', `${mantissa}${BINARY_SUFFIX_BY_POWER[power]}`);
}

/**
 * {@link parseQuantity} for any text: the scanner, ParseQuantity's int64 fast path and its inf.Dec slow path.
 * @internal exported for the property test of {@link parseCommonForm}
 */
export function parseAnyForm(input: string | number): QuantityResult {
  const str = quantityText(input);
  if (str.length === 0) return { ok: false, error: 'format' };
  if (str === '0') return ok(0, 0n, 0, 'DecimalSI', '0');
  const scanned = scan(str);
  if (typeof scanned === 'string') return { ok: false, error: scanned };
  const { positive, num, denom } = scanned;
  const suffix = interpretSuffix(scanned.suffix);
  if (!suffix) return { ok: false, error: 'suffix' };
  const shifted = num + denom;
  const mantissa = BigInt(shifted);
  let format = suffix.format;

  // The int64 fast path of ParseQuantity: same value, but it keeps a canonical input's own text.
  if (suffix.base === 10) {
    const scale = suffix.exponent - denom.length;
    if (takesDecimalFastPath(suffix, scanned)) {
      const canonicalInput = scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
      return build(positive, mantissa, scale, format, canonicalInput ? str : undefined);
    }
  } else if (takesBinaryFastPath(suffix, scanned)) {
    const value = mantissa << BigInt(suffix.exponent);
    if (value <= INT64_MAX) return build(positive, value, 0, format, (mantissa & 7n) !== 0n ? str : undefined);
  }

  // The inf.Dec slow path.
  if (!scanned.hasDigits) return { ok: false, error: 'numeric' };
  let digits: bigint;
  let exponent: number;
  if (suffix.base === 10) {
    digits = mantissa;
    exponent = suffix.exponent - denom.length;
  } else {
    digits = mantissa << BigInt(suffix.exponent);
    exponent = -denom.length;
  }
  [digits, exponent] = stripTens(digits, exponent);
  if (digits !== 0n && exponent < NANO) {
    const drop = NANO - exponent;
    if (drop > digitCount(digits)) {
      digits = 1n;
    } else {
      const divisor = pow10(drop);
      digits = digits / divisor + (digits % divisor === 0n ? 0n : 1n);
    }
    exponent = NANO;
    [digits, exponent] = stripTens(digits, exponent);
  }
  if (format === 'BinarySI') {
    if (compareMagnitude(digits, exponent, INT64_MAX, 0) > 0) [digits, exponent] = [INT64_MAX, 0];
    if (digits !== 0n && compareMagnitude(digits, exponent, 1n, 0) < 0) format = 'DecimalSI';
  }
  return build(positive, digits, exponent, format, undefined);
}

/**
 * Why `input` is not a quantity, or `undefined` when it is one: exactly `parseQuantity`'s
 * verdict, without computing the value (the strict schema only needs to know whether a manifest's
 * quantity decodes).
 */
export function quantityError(input: string | number): QuantityError | undefined {
  if (typeof input === 'string' && isDigitsAndTableSuffix(input)) return undefined;
  const str = quantityText(input);
  if (str.length === 0) return 'format';
  if (str === '0') return undefined;
  const scanned = scan(str);
  if (typeof scanned === 'string') return scanned;
  const suffix = interpretSuffix(scanned.suffix);
  if (!suffix) return 'suffix';
  // The one later failure: a numeric part without any digit, on the inf.Dec slow path. Without
  // digits the mantissa is 0, so the binary fast path's int64 bound holds.
  if (scanned.hasDigits) return undefined;
  const fast = suffix.base === 10 ? takesDecimalFastPath(suffix, scanned) : takesBinaryFastPath(suffix, scanned);
  return fast ? undefined : 'numeric';
}

/**
 * Digits then a table suffix or none (`100m`, `0128Mi`): always a quantity (no space to trim, the
 * scanner reads the digits and the suffix, which has an entry, and there are digits).
 */
function isDigitsAndTableSuffix(str: string): boolean {
  const end = str.length;
  let n = 0;
  while (n < end && isDigit(str.charCodeAt(n))) n++;
  return n > 0 && (n === end || SUFFIXES.has(str.slice(n)));
}

/** The text `ParseQuantity` sees: a string trimmed as `UnmarshalJSON` trims it, a number's shortest decimal text. */
function quantityText(input: string | number): string {
  return typeof input === 'number' ? (Number.isFinite(input) ? String(input) : '') : trimGoSpace(input);
}

/** ParseQuantity's int64 fast path for a decimal suffix: at most 18 digits, scale not below nano. */
function takesDecimalFastPath(suffix: Suffix, scanned: Scanned): boolean {
  return scanned.num.length + scanned.denom.length <= 18 && suffix.exponent - scanned.denom.length >= NANO;
}

/** ParseQuantity's int64 fast path for a binary suffix (the caller still checks the int64 bound of the value). */
function takesBinaryFastPath(suffix: Suffix, scanned: Scanned): boolean {
  return scanned.denom.length === 0 && 15 - scanned.num.length - (suffix.exponent * 3) / 10 - 1 >= 0;
}

function ok(sign: -1 | 0 | 1, digits: bigint, exponent: number, format: QuantityFormat, text: string): QuantityResult {
  return { ok: true, quantity: { sign, digits, exponent, format, text } };
}

function build(positive: boolean, magnitude: bigint, exponent: number, format: QuantityFormat, text: string | undefined): QuantityResult {
  const [digits, exp] = stripTens(magnitude, exponent);
  const sign = digits === 0n ? 0 : positive ? 1 : -1;
  const q = { sign, digits, exponent: exp, format } as const;
  return ok(sign, digits, exp, format, text ?? canonicalText(q));
}

/** Compares two magnitudes `a × 10^ae` and `b × 10^be` without expanding large exponents. */
function compareMagnitude(a: bigint, ae: number, b: bigint, be: number): number {
  if (a === 0n || b === 0n) return a === b ? 0 : a === 0n ? -1 : 1;
  const orderA = digitCount(a) + ae;
  const orderB = digitCount(b) + be;
  if (orderA !== orderB) return orderA < orderB ? -1 : 1;
  // Same order of magnitude: the exponent gap is smaller than either digit count.
  const [x, y] = ae >= be ? [a * pow10(ae - be), b] : [a, b * pow10(be - ae)];
  return x === y ? 0 : x < y ? -1 : 1;
}

/** `Quantity.Cmp`: -1, 0 or 1. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  if (a.sign !== b.sign) return a.sign < b.sign ? -1 : 1;
  const m = compareMagnitude(a.digits, a.exponent, b.digits, b.exponent);
  return a.sign < 0 && m !== 0 ? -m : m;
}

/**
 * `Quantity.Add` on a copy of `a`: the exact sum, in `a`'s format (`b`'s when `a` is zero, as Go
 * does), printed canonically (Go clears the cached text on Add).
 */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  if (a.sign === 0) return { ...b, text: canonicalText(b) };
  if (b.sign === 0) return { ...a, text: canonicalText(a) };
  // Exponents far apart (`1e900` + `1m`): expanding the sum would cost memory and time, and the
  // smaller term cannot change a comparison with any quantity a manifest holds; keep the larger.
  if (Math.abs(a.exponent - b.exponent) > MAX_EXACT_GAP) {
    const larger = compareMagnitude(a.digits, a.exponent, b.digits, b.exponent) >= 0 ? a : b;
    return { ...larger, format: a.format, text: canonicalText({ ...larger, format: a.format }) };
  }
  const exponent = Math.min(a.exponent, b.exponent);
  const signed = (q: Quantity) => BigInt(q.sign) * q.digits * pow10(q.exponent - exponent);
  const sum = signed(a) + signed(b);
  const sign: Quantity['sign'] = sum === 0n ? 0 : sum > 0n ? 1 : -1;
  const [digits, exp] = stripTens(sum < 0n ? -sum : sum, exponent);
  const q = { sign, digits, exponent: exp, format: a.format } as const;
  return { ...q, text: canonicalText(q) };
}

/** Whether the value is a whole number (what `MilliValue() % 1000 == 0` tests for in-range values). */
export function isWholeQuantity(q: Quantity): boolean {
  return q.exponent >= 0 || q.sign === 0;
}

/**
 * `ScaledValue(scale)`: the value divided by 10^scale, rounded up in magnitude, exact (BigInt).
 * (For negative values Go's two internal representations round differently; validators only ask
 * this of non-negative quantities.)
 * `value(q)` is `ScaledValue(0)`, `milliValue(q)` is `ScaledValue(-3)`. Only for quantities a
 * manifest can hold: the result is expanded, so keep exponents small.
 */
export function scaledValue(q: Quantity, scale: number): bigint {
  const shift = q.exponent - scale;
  let magnitude: bigint;
  if (shift >= 0) {
    magnitude = q.digits * pow10(shift);
  } else if (-shift > digitCount(q.digits)) {
    magnitude = q.digits === 0n ? 0n : 1n;
  } else {
    const divisor = pow10(-shift);
    magnitude = q.digits / divisor + (q.digits % divisor === 0n ? 0n : 1n);
  }
  return q.sign < 0 ? -magnitude : magnitude;
}

/** `Quantity.Value()`. */
export function quantityValue(q: Quantity): bigint {
  return scaledValue(q, 0);
}

/** `Quantity.MilliValue()`. */
export function quantityMilliValue(q: Quantity): bigint {
  return scaledValue(q, -3);
}

/** `CanonicalizeBytes`: the text `String()` prints for a quantity that was not canonical already. */
function canonicalText(q: Omit<Quantity, 'text'>): string {
  if (q.sign === 0) return '0';
  const minus = q.sign < 0 ? '-' : '';
  let format = q.format;
  if (format === 'BinarySI') {
    if (compareMagnitude(q.digits, q.exponent, 1024n, 0) < 0 || q.exponent < 0) format = 'DecimalSI';
  }
  if (format === 'BinarySI') {
    let value = q.digits * pow10(q.exponent);
    let power = 0;
    while (value % 1024n === 0n && power < 6) {
      value /= 1024n;
      power++;
    }
    return `${minus}${value}${BINARY_SUFFIX_BY_POWER[power] ?? ''}`;
  }
  // Lower the exponent to a multiple of 3 (towards minus infinity), as Go's `exponent % 3` cases do.
  const rem = ((q.exponent % 3) + 3) % 3;
  const exponent = q.exponent - rem;
  const number = q.digits * pow10(rem);
  const suffix = format === 'DecimalExponent' ? (exponent === 0 ? '' : `e${exponent}`) : (DECIMAL_SUFFIX_BY_EXPONENT.get(exponent) ?? '');
  return `${minus}${number}${suffix}`;
}
