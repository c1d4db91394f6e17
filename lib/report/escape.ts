/**
 * The one escaping of untrusted text for terminals and line-based logs. A manifest's keys and
 * values, file names and messages quoting them are printed by the text report and on stderr;
 * raw, an ESC sequence (`\e[2J`) would drive the terminal and a newline followed by
 * `::error ...` would forge a CI annotation. JSON and SARIF need none of this (JSON escapes
 * control characters itself); other line formats (junit, GitHub annotations) add their own
 * syntax-specific escaping on top.
 *
 * Escaped, in `\n`/`\r`/`\t`/`\uXXXX` form: C0 controls (newline included), DEL, C1 controls
 * (U+0080–U+009F, among them the 8-bit CSI), the Unicode line and paragraph separators, and the
 * bidirectional embedding, override and isolate controls that reorder what a reader sees.
 * Everything else, non-ASCII text included, is printed as is.
 */
// Character ranges only, one class: linear time.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ANY_UNSAFE = new RegExp(UNSAFE.source);
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written as a visible escape; one line, no terminal sequences. */
export function escapeText(text: string): string {
  if (!ANY_UNSAFE.test(text)) return text; // the common case: no copy
  return text.replace(UNSAFE, (ch) => SHORT[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
