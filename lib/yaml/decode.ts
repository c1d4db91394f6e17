import type { YamlSyntaxError } from './load';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes to text as go-yaml reads them: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. Invalid
 * UTF-8 is an error with the position of the first bad byte, as go-yaml refuses it too.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { error: YamlSyntaxError } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    return { error: invalidUtf8At(bytes) };
  }
}

function invalidUtf8At(bytes: Uint8Array): YamlSyntaxError {
  // Find the first byte that does not start or continue a well-formed sequence.
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok && len > 1) ok = UTF8_OK(bytes.subarray(i, i + len));
    if (!ok) break;
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += len;
  }
  const column = Buffer.from(bytes.subarray(lineStart, i)).toString('utf8').length + 1;
  return { message: `invalid UTF-8 (byte 0x${(bytes[i] ?? 0).toString(16).padStart(2, '0')} at offset ${i})`, line, column };
}

function UTF8_OK(seq: Uint8Array): boolean {
  try {
    UTF8.decode(seq);
    return true;
  } catch {
    return false;
  }
}
