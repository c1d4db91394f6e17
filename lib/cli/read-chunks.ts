import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_INPUT_BYTES } from './inputs';

/** Bytes read per system call when a file is streamed. */
const CHUNK_BYTES = 1 << 20;

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
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let total = 0;
    for (let n = readSync(fd, buffer, 0, CHUNK_BYTES, null); n > 0; n = readSync(fd, buffer, 0, CHUNK_BYTES, null)) {
      if (total === 0 && n >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) return undefined;
      total += n;
      if (total > MAX_INPUT_BYTES) return undefined;
      decoder.decode(buffer.subarray(0, n), { stream: true });
    }
    decoder.decode();
    return { path };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a file checked by {@link streamableFile}, decoded chunk by chunk (a UTF-8 BOM is
 * dropped, a character split between chunks is joined). Reads at most {@link MAX_INPUT_BYTES}.
 */
export function* textChunks(file: { readonly path: string }): Generator<string> {
  const fd = openSync(file.path, 'r');
  try {
    const decoder = new TextDecoder('utf-8');
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let total = 0;
    for (let n = readSync(fd, buffer, 0, CHUNK_BYTES, null); n > 0 && total < MAX_INPUT_BYTES; n = readSync(fd, buffer, 0, CHUNK_BYTES, null)) {
      total += n;
      yield decoder.decode(buffer.subarray(0, n), { stream: true });
    }
    yield decoder.decode();
  } finally {
    closeSync(fd);
  }
}
