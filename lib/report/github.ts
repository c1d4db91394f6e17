import { formatHeadline } from './format';
import type { LintReport } from './json';

/**
 * `--output github`: one GitHub Actions workflow command per finding
 * (`::error file=…,line=…,col=…,title=…::message`), which the runner turns into annotations on
 * the pull request, then a plain summary line. Data and properties are escaped as the runner
 * unescapes them (`%`, CR, LF; in properties also `:` and `,`), so no file name or value can end
 * a command early or start another one.
 */
export function formatGithubReport(report: LintReport): string {
  let out = '';
  for (const r of report.results) {
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
  }
  const { documents, errors, warnings, suppressed } = report.summary;
  out += `cdk8s-jobs: ${documents} documents, ${errors} errors, ${warnings} warnings${suppressed ? `, ${suppressed} suppressed` : ''}\n`;
  return out;
}

/** The message of a workflow command (GitHub's `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (GitHub's `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
