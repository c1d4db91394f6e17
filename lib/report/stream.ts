import type { DocumentResult, LintSummary, SkippedFile } from './json';

/** What is known only once every input was read. */
export interface ReportEnd {
  readonly summary: LintSummary;
  /** Files found but not linted, with the reason. */
  readonly skipped: readonly SkippedFile[];
  /** Objects read that are not Jobs or CronJobs (the text summary counts them). */
  readonly notBatch: number;
}

/**
 * A report written as results come: {@link add} for each document's result, in input order,
 * then {@link finish} once. Each format prints what it can at once and keeps the rest in a
 * {@link ReportSpool} (never the results themselves), so memory does not grow with the input;
 * the bytes are those of the format's whole-report function on the same results.
 */
export interface ReportStream {
  add(result: DocumentResult): void;
  finish(end: ReportEnd): void;
}

/** Where a report stream writes its text. */
export type ReportSink = (text: string) => void;
