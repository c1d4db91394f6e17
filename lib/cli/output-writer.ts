/**
 * Buffers output and writes it in large chunks: one `write` per line is slow on a pipe, and a
 * report of thousands of findings should not hold the event loop on every line.
 */
export class OutputWriter {
  private chunks: string[] = [];
  private size = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  /** Appends text; flushes once 64 KiB are pending. */
  write(text: string): void {
    if (text === '') return;
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) this.flush();
  }

  /** Writes everything pending. */
  flush(): void {
    if (this.chunks.length === 0) return;
    this.stream.write(this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
}
