import { formatHeadline } from './format';
import type { DocumentResult, LintReport } from './json';
import type { ReportEnd, ReportSink, ReportStream } from './stream';

/**
 * `--output github`: one GitHub Actions workflow command per finding
 * (`::error file=…,line=…,col=…,title=…::message`), which the runner turns into annotations on
 * the pull request, then a plain summary line. Data and properties are escaped as the runner
 * unescapes them (`%`, CR, LF; in properties also `:` and `,`), so no file name or value can end
 * a command early or start another one.
 */
export function formatGithubReport(report: LintReport): string {
  let out = '';
  const stream = new GithubReportStream((text) => (out += text));
  for (const r of report.results) stream.add(r);
  stream.finish({ summary: report.summary, skipped: report.skipped ?? [], notBatch: 0 });
  return out;
}

/** {@link formatGithubReport} as results come: the commands at once, the summary line at the end. */
export class GithubReportStream implements ReportStream {
  constructor(private readonly write: ReportSink) {}

  add(r: DocumentResult): void {
    let out = '';
    for (const v of r.violations) {
      const props = [
        `file=${escapeProperty(r.file === '<stdin>' ? 'stdin' : r.file)}`,
        `line=${v.line}`,
        `col=${v.column}`,
        `title=${escapeProperty(`${v.rule} (${r.kind ?? 'document'} ${r.name ?? r.document})`)}`,
      ];
      const text = [formatHeadline(v, { severityTag: false }), v.hint && `hint: ${v.hint}`, v.docs && `docs: ${v.docs}`].filter(Boolean).join('\n');
      out += `::${v.severity} ${props.join(',')}::${escapeData(text)}\n`;
    }
    this.write(out);
  }

  finish({ summary }: ReportEnd): void {
    const { documents, errors, warnings, suppressed } = summary;
    this.write(`cdk8s-jobs: ${documents} documents, ${errors} errors, ${warnings} warnings${suppressed ? `, ${suppressed} suppressed` : ''}\n`);
  }
}

/** The message of a workflow command (GitHub's `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (GitHub's `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
