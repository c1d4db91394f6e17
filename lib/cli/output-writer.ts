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
  private chunks: string[] = [];
  private size = 0;
  private closedByReader = false;
  private writeError: NodeJS.ErrnoException | undefined;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') this.closedByReader = true;
      else this.writeError ??= e;
      this.chunks = [];
      this.size = 0;
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

  /** Appends text; flushes once 64 KiB are pending. */
  write(text: string): void {
    if (text === '' || this.closed) return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) this.flush();
  }

  /** Writes everything pending. */
  flush(): void {
    if (this.chunks.length === 0 || this.closed) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    try {
      this.stream.write(text);
    } catch (e) {
      // A synchronous failure (the descriptor is gone): the same as an 'error' event.
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EPIPE') this.closedByReader = true;
      else this.writeError ??= err;
    }
  }

  /** Resolves once everything written so far has left the process (or the stream failed). */
  drained(): Promise<void> {
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
