/**
 * The few Go standard-library text functions the cron parser depends on, ported so that the
 * schedule is split and its errors are worded exactly as kube-apiserver does:
 * `strings.Fields`/`TrimSpace` (Unicode white space), `strconv.Quote` and `strconv.Atoi`.
 * Go works on UTF-8 bytes; where that matters (lengths, `\x` escapes) this code does too.
 */

/** Replaces lone UTF-16 surrogates by U+FFFD, as Go's JSON decoder does with `\ud800`. */
export function wellFormed(s: string): string {
  // Almost every string has no surrogate at all: a scan that finds none returns it as it is.
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) & 0xf800) !== 0xd800) i++;
  if (i === s.length) return s;
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** `strings.Fields`: the non-empty runs between white space (scanned: a schedule is split on every CronJob). */
export function goFields(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isGoSpace(s.charCodeAt(i))) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/**
 * `strings.TrimSpace`. Scans from both ends instead of a `\s+$` regular expression, which
 * retries at every space of a long inner run and takes quadratic time.
 */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/**
 * Go's `unicode.IsSpace` on a UTF-16 code unit (every Go space is in the BMP): ASCII \t \n \v
 * \f \r and space, U+0085, U+00A0 and the Unicode White_Space set.
 */
function isGoSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** `fmt.Sprintf("%s", []string{...})`: `[a b c]`. */
export function goStringSlice(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const SHORT_ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** `strconv.Quote`: Go-syntax double-quoted string; printable runes kept, others escaped. */
export function goQuote(s: string): string {
  const text = wellFormed(s);
  const parts: string[] = ['"'];
  let i = 0;
  while (i < text.length) {
    // Runs of plain printable ASCII are copied in one slice: a 10 MB value costs one pass.
    let j = i;
    for (let c = text.charCodeAt(j); j < text.length && c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c; c = text.charCodeAt(++j));
    if (j > i) {
      parts.push(text.slice(i, j));
      i = j;
      continue;
    }
    const r = text.codePointAt(i) as number;
    const ch = String.fromCodePoint(r);
    i += ch.length;
    if (ch === '"' || ch === '\\') parts.push(`\\${ch}`);
    else if (r > 0xa0 && PRINTABLE.test(ch)) parts.push(ch);
    else if (SHORT_ESCAPES[r]) parts.push(SHORT_ESCAPES[r]);
    else if (r < 0x20 || r === 0x7f) parts.push(`\\x${hex(r, 2)}`);
    else if (r < 0x10000) parts.push(`\\u${hex(r, 4)}`);
    else parts.push(`\\U${hex(r, 8)}`);
  }
  parts.push('"');
  return parts.join('');
}

/** Result of {@link goAtoi}. */
export type AtoiResult = { readonly ok: true; readonly value: bigint } | { readonly ok: false; readonly message: string };

const INT64_MAX = (1n << 63n) - 1n;

/**
 * `strconv.Atoi` on a 64-bit platform: optional sign and decimal digits (no underscores); the
 * error reads `strconv.Atoi: parsing "<s>": invalid syntax` or `…: value out of range`.
 * Go checks overflow while reading digits, so an over-long number reports "out of range" even
 * when a bad character follows it.
 */
export function goAtoi(s: string): AtoiResult {
  const fail = (why: string): AtoiResult => ({ ok: false, message: `strconv.Atoi: parsing ${goQuote(s)}: ${why}` });
  let i = 0;
  let negative = false;
  if (s[0] === '+' || s[0] === '-') {
    negative = s[0] === '-';
    i = 1;
  }
  if (i >= s.length) return fail('invalid syntax');
  const bytes = Buffer.byteLength(s, 'utf8');
  let n = 0n;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return fail('invalid syntax');
    n = n * 10n + BigInt(c - 0x30);
    // Strings under 19 bytes take Go's fast path, which cannot overflow; longer ones go through
    // ParseUint, which stops at the first digit that overflows uint64.
    if (bytes >= 19 && n > 0xffffffffffffffffn) return fail('value out of range');
  }
  if (!negative && n > INT64_MAX) return fail('value out of range');
  if (negative && n > INT64_MAX + 1n) return fail('value out of range');
  return { ok: true, value: negative ? -n : n };
}
