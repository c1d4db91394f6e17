/** Pending bytes that trigger a write. */
const FLUSH_BYTES = 1 << 16;
/** Bytes of one buffer: a text that does not fit once the pending bytes are written is written on its own. */
const BUFFER_BYTES = 2 * FLUSH_BYTES;

/**
 * Buffers output and writes it in large chunks: one `write` per line is slow on a pipe, and a
 * report of thousands of findings should not hold the event loop on every line.
 *
 * It also owns what happens when stdout goes away. A reader that stops early (`| head`) closes
 * the pipe: the next write fails with EPIPE, after which output is dropped quietly and the run
 * goes on, so the exit code still says whether errors were found. Any other write error (a full
 * disk, a closed descriptor) is {@link failure}: the caller exits 2, the report being incomplete.
 */
export class OutputWriter {
  private buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** A high surrogate that ended the last text, joined to the low one that starts the next. */
  private carry = '';
  private closedByReader = false;
  private writeError: NodeJS.ErrnoException | undefined;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') this.closedByReader = true;
      else this.writeError ??= e;
      this.used = 0;
      this.carry = '';
    });
  }

  /** True once writing is pointless: the reader left, or a write failed. */
  get closed(): boolean {
    return this.closedByReader || this.writeError !== undefined;
  }

  /** The write error that cut the output (not EPIPE, which is a reader's choice), if any. */
  get failure(): NodeJS.ErrnoException | undefined {
    return this.writeError;
  }

  /**
   * Appends text, encoded at once into the pending bytes (no joined copy of the pending text);
   * writes them once 64 KiB are pending. The bytes are those of writing the texts' concatenation.
   */
  write(text: string): void {
    if (text === '' || this.closed) return;
    let whole = this.carry === '' ? text : this.carry + text;
    this.carry = '';
    const last = whole.charCodeAt(whole.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      // Encoded alone it would be U+FFFD; with the next text's low surrogate it is one character.
      this.carry = whole.slice(-1);
      whole = whole.slice(0, -1);
    }
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + whole.length * 3 > this.buffer.length) {
      this.flush();
      if (whole.length * 3 > this.buffer.length) {
        this.send(whole);
        return;
      }
    }
    this.used += this.buffer.write(whole, this.used, 'utf8');
    if (this.used >= FLUSH_BYTES) this.flush();
  }

  /** Writes everything pending. */
  flush(): void {
    if (this.used === 0 || this.closed) return;
    const bytes = this.buffer.subarray(0, this.used);
    // The stream may keep the bytes until they are written: the next ones go to a new buffer.
    this.buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
    this.send(bytes);
  }

  private send(data: string | Buffer): void {
    try {
      this.stream.write(data);
    } catch (e) {
      // A synchronous failure (the descriptor is gone): the same as an 'error' event.
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EPIPE') this.closedByReader = true;
      else this.writeError ??= err;
    }
  }

  /** Resolves once everything written so far has left the process (or the stream failed). */
  drained(): Promise<void> {
    if (this.carry !== '' && !this.closed) {
      // The output ended on a lone high surrogate: what writing it alone gives (U+FFFD).
      this.buffer.write(this.carry, this.used, 'utf8');
      this.used += Buffer.byteLength(this.carry);
      this.carry = '';
    }
    this.flush();
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      // An empty write's callback runs after every earlier write has been handed to the OS.
      try {
        this.stream.write('', () => resolve());
      } catch {
        resolve();
      }
    });
  }
}
