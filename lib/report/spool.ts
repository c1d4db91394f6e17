/**
 * Where a report that must print its totals first keeps the per-document text it has already
 * rendered until the totals are known (JSON and SARIF open with the summary, JUnit with the test
 * counts). Positions are opaque marks from {@link ReportSpool.size}: a range between two marks
 * is replayed exactly as it was appended.
 */
export interface ReportSpool {
  /** Appends rendered text. */
  append(text: string): void;
  /** A mark: the position after everything appended so far. */
  readonly size: number;
  /** The text appended between two marks (all of it by default), in pieces, in order. */
  replay(start?: number, end?: number): Iterable<string>;
  /** Frees what the spool holds; no use after. */
  close(): void;
}

/** A {@link ReportSpool} in memory, for reports built from results already in memory. */
export class MemorySpool implements ReportSpool {
  private pieces: string[] = [];

  append(text: string): void {
    this.pieces.push(text);
  }

  get size(): number {
    return this.pieces.length;
  }

  replay(start = 0, end = this.pieces.length): Iterable<string> {
    return this.pieces.slice(start, end);
  }

  close(): void {
    this.pieces = [];
  }
}
