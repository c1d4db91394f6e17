import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemorySpool, type ReportSpool } from '../report/spool';

/**
 * Text gathered before one write to the file, and read back at a time: below V8's large-object
 * size, so the strings and buffers are young garbage, freed at once (1 MiB blocks are large
 * objects that stay until a full collection, and cost tens of MiB of peak RSS).
 */
const BLOCK_BYTES = 1 << 16;

/**
 * A {@link ReportSpool} in a temporary file, so a report that prints its totals first (JSON,
 * SARIF, JUnit) holds a bounded amount of memory however many documents it covers. The file is
 * unlinked as soon as it is open (on POSIX systems the open descriptor keeps it alive, and
 * nothing is left behind even if the process is killed); elsewhere it is removed by
 * {@link close}. Marks are byte offsets.
 */
export class FileSpool implements ReportSpool {
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;
  private closed = false;

  private constructor(
    private readonly fd: number,
    private readonly dir: string,
  ) {}

  /** A spool in a fresh temporary directory, or an in-memory one when none can be made. */
  static create(): ReportSpool {
    let dir: string | undefined;
    try {
      dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-report-'));
      const file = join(dir, 'results');
      const fd = openSync(file, 'wx+', 0o600);
      try {
        unlinkSync(file);
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // removed by close()
      }
      return new FileSpool(fd, dir);
    } catch {
      if (dir) rmSync(dir, { recursive: true, force: true });
      return new MemorySpool(); // no writable temporary directory: hold it in memory as before
    }
  }

  append(text: string): void {
    if (text === '') return;
    this.pending.push(text);
    this.pendingBytes += Buffer.byteLength(text);
    if (this.pendingBytes >= BLOCK_BYTES) this.flush();
  }

  get size(): number {
    return this.written + this.pendingBytes;
  }

  *replay(start = 0, end = this.size): Iterable<string> {
    this.flush();
    const decoder = new TextDecoder('utf-8');
    const buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    for (let at = start; at < end; ) {
      const n = readSync(this.fd, buffer, 0, Math.min(BLOCK_BYTES, end - at), at);
      if (n === 0) throw new Error('the report spool file was cut short');
      at += n;
      yield decoder.decode(buffer.subarray(0, n), { stream: at < end });
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingBytes = 0;
    for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off, bytes.length - off, this.written + off);
    this.written += bytes.length;
  }
}
