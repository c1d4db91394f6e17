import type { LintSummary, DocumentResult } from './json';
import { escapeText } from './escape';
import { formatHeadline } from './format';
import type { ReportEnd, ReportSink, ReportStream } from './stream';

// The line states the severity already (`file:line:col: warning: ...`).
const NO_SEVERITY_TAG = { severityTag: false } as const;

/**
 * The compiler-style view of one document's findings, one block per violation:
 *
 * ```
 * jobs/pi.yaml:12:7: error: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never" [job-restart-policy]
 *     hint: use RestartPolicy.NEVER or RestartPolicy.ON_FAILURE
 *     docs: https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template
 * ```
 *
 * `file:line:col: severity:` is what editors and CI problem matchers parse; the rest is
 * {@link formatHeadline}, the library's one rendering of a violation. Empty for a clean document.
 * Every string from the input (file name, path, message, hint) is escaped ({@link escapeText}).
 */
export function formatTextResult(result: DocumentResult, indent = '    '): string {
  let out = '';
  const file = escapeText(result.file);
  for (const v of result.violations) {
    out += `${file}:${v.line}:${v.column}: ${v.severity}: ${formatHeadline(v, NO_SEVERITY_TAG)}\n`;
    if (v.hint) out += `${indent}hint: ${escapeText(v.hint)}\n`;
    if (v.docs) out += `${indent}docs: ${escapeText(v.docs)}\n`;
  }
  return out;
}

/**
 * `12 documents, 1 error, 0 warnings`, plus the suppressed findings, how many objects were not
 * Jobs or CronJobs, and how many files were skipped (the notes on stderr say why).
 */
export function formatTextSummary(summary: LintSummary, skipped: number, skippedFiles = 0): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let line = `${count(summary.documents, 'document')}, ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}`;
  if (summary.suppressed) line += `, ${summary.suppressed} suppressed`;
  const extra = [skipped > 0 ? `${skipped} not a Job or CronJob, skipped` : '', skippedFiles > 0 ? `${count(skippedFiles, 'file')} skipped` : ''].filter(Boolean);
  return extra.length > 0 ? `${line} (${extra.join('; ')})\n` : `${line}\n`;
}

/** The text report as results come: each document's findings at once, the summary line at the end. */
export class TextReportStream implements ReportStream {
  constructor(private readonly write: ReportSink) {}

  add(result: DocumentResult): void {
    this.write(formatTextResult(result));
  }

  finish({ summary, skipped, notBatch }: ReportEnd): void {
    this.write(formatTextSummary(summary, notBatch, skipped.length));
  }
}
