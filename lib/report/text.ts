import type { LintSummary, DocumentResult } from './json';
import { escapeText } from './escape';
import { formatHeadline } from './format';

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
    out += `${file}:${v.line}:${v.column}: ${v.severity}: ${formatHeadline(v, { severityTag: false })}\n`;
    if (v.hint) out += `${indent}hint: ${escapeText(v.hint)}\n`;
    if (v.docs) out += `${indent}docs: ${escapeText(v.docs)}\n`;
  }
  return out;
}

/** `12 documents, 1 error, 0 warnings`, plus how many were not Jobs or CronJobs. */
export function formatTextSummary(summary: LintSummary, skipped: number): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const line = `${count(summary.documents, 'document')}, ${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}`;
  return skipped > 0 ? `${line} (${skipped} not a Job or CronJob, skipped)\n` : `${line}\n`;
}
