/**
 * Go's `time.ParseDuration` (src/time/format.go), used by the cron descriptor `@every <duration>`:
 * a signed sequence of decimal numbers with optional fraction and a unit each, e.g. `1h30m`,
 * `-1.5h`, `300ms`; units ns, us, µs, μs, ms, s, m, h. Arithmetic is in 64-bit like Go's.
 */

/** Result of {@link parseGoDuration}. */
export type DurationResult =
  | { readonly ok: true; readonly nanoseconds: bigint }
  | { readonly ok: false; readonly message: string };

const UNITS = new Map<string, bigint>([
  ['ns', 1n],
  ['us', 1_000n],
  ['\u00b5s', 1_000n], // micro sign
  ['\u03bcs', 1_000n], // Greek mu
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);
const LIMIT = 1n << 63n;
const HEX = '0123456789abcdef';

/** The `quote` helper of Go's time package: non-ASCII and control bytes as `\xHH`, `"` and `\` escaped. */
export function goTimeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0x80 || c < 0x20) {
      for (const b of Buffer.from(ch, 'utf8')) out += `\\x${HEX[b >> 4]}${HEX[b & 0xf]}`;
    } else {
      out += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
    }
  }
  return `${out}"`;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Parses like `time.ParseDuration`, with its exact error messages. */
export function parseGoDuration(orig: string): DurationResult {
  const invalid: DurationResult = { ok: false, message: `time: invalid duration ${goTimeQuote(orig)}` };
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, nanoseconds: 0n };
  if (s === '') return invalid;
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid;
    // leadingInt: [0-9]*, failing on uint64 overflow
    let i = 0;
    let v = 0n;
    for (; isDigit(s[i]); i++) {
      if (v > LIMIT / 10n) return invalid;
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > LIMIT) return invalid;
    }
    const pre = i > 0;
    s = s.slice(i);
    // leadingFraction: (\.[0-9]*)?, which stops accumulating precision on overflow
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      for (; isDigit(s[j]); j++) {
        if (overflow) continue;
        if (f > (LIMIT - 1n) / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
        if (y > LIMIT) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid;
    let k = 0;
    while (k < s.length && s[k] !== '.' && !isDigit(s[k])) k++;
    if (k === 0) return { ok: false, message: `time: missing unit in duration ${goTimeQuote(orig)}` };
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = UNITS.get(u);
    if (unit === undefined) return { ok: false, message: `time: unknown unit ${goTimeQuote(u)} in duration ${goTimeQuote(orig)}` };
    if (v > LIMIT / unit) return invalid;
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > LIMIT) return invalid;
    }
    d += v;
    if (d > LIMIT) return invalid;
  }
  if (neg) return { ok: true, nanoseconds: -d };
  if (d > LIMIT - 1n) return invalid;
  return { ok: true, nanoseconds: d };
}
