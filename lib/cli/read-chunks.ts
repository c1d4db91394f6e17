import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { MAX_INPUT_BYTES } from './inputs';

/** Bytes read per system call when a file is checked. */
const CHUNK_BYTES = 1 << 20;

/**
 * Bytes read (and decoded into one string) at a time when a file is streamed: below V8's
 * large-object size, so each chunk's text is young garbage freed at once, not a large object
 * that stays until the next full collection (at 1 MiB those held tens of MiB of peak RSS).
 */
const TEXT_CHUNK_BYTES = 1 << 16;

/**
 * A regular file named on the command line, checked to be streamable: plain UTF-8 (a UTF-8 BOM
 * is fine) and at most {@link MAX_INPUT_BYTES}. The check reads the file once without keeping
 * it, so that what the report says about the whole file (not text at all, too large) is known
 * before the first document is linted; {@link textChunks} then reads it again, chunk by chunk.
 * `undefined` when the file must be read whole instead (not a regular file, UTF-16, invalid
 * UTF-8, too large), where the whole-file path reports what is wrong with it exactly as before.
 */
export function streamableFile(path: string): { readonly path: string } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_INPUT_BYTES) return undefined;
    // Room for a character cut by one read, carried to the front of the next.
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES + 3);
    let kept = 0;
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, kept, CHUNK_BYTES, null);
      if (n === 0) return kept === 0 ? { path } : undefined; // a character cut by the end of the file
      if (total === 0 && n >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) return undefined;
      total += n;
      if (total > MAX_INPUT_BYTES) return undefined;
      const end = kept + n;
      const cut = completeCharacters(buffer, end);
      if (!isUtf8(buffer.subarray(0, cut))) return undefined;
      buffer.copyWithin(0, cut, end);
      kept = end - cut;
    }
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Where the last whole UTF-8 character of `buffer[0, end)` ends: before a lead byte whose sequence is cut, else `end`. */
function completeCharacters(buffer: Buffer, end: number): number {
  for (let i = end - 1; i >= Math.max(0, end - 3); i--) {
    const b = buffer[i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + length > end ? i : end;
  }
  return end; // no lead byte in the last three: whole, or invalid (isUtf8 says which)
}

/**
 * The text of a file checked by {@link streamableFile}, decoded chunk by chunk (a UTF-8 BOM is
 * dropped, a character split between chunks is joined). Reads at most {@link MAX_INPUT_BYTES}.
 */
export function* textChunks(file: { readonly path: string }): Generator<string> {
  const fd = openSync(file.path, 'r');
  try {
    // Node's StringDecoder: the text TextDecoder gives for UTF-8 (a cut character is joined, an
    // incomplete one at the end is U+FFFD), at twice the speed; it keeps a BOM, dropped here.
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(TEXT_CHUNK_BYTES);
    let total = 0;
    let atStart = true; // no character decoded yet
    for (let n = readSync(fd, buffer, 0, TEXT_CHUNK_BYTES, null); n > 0 && total < MAX_INPUT_BYTES; n = readSync(fd, buffer, 0, TEXT_CHUNK_BYTES, null)) {
      total += n;
      let text = decoder.write(buffer.subarray(0, n));
      if (atStart && text !== '') {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        atStart = false;
      }
      yield text;
    }
    yield decoder.end();
  } finally {
    closeSync(fd);
  }
}
