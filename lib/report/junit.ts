import { formatHeadline } from './format';
import type { DocumentResult, LintReport } from './json';

/** Options for {@link formatJunitReport}. */
export interface JunitOptions {
  /** Report warnings as failures too (`--fail-on warning`). @default false */
  readonly warningsFail?: boolean;
}

/**
 * `--output junit`: JUnit XML for CI test reports (GitLab, Jenkins, Azure DevOps, GitHub test
 * reporters). One `testsuite` per file, one `testcase` per Job/CronJob document, with a
 * `failure` per error (and per warning with `warningsFail`); other warnings and suppressed
 * findings go to the test case's `system-out`. Files that were skipped are skipped test cases.
 */
export function formatJunitReport(report: LintReport, options: JunitOptions = {}): string {
  const byFile = new Map<string, DocumentResult[]>();
  for (const r of report.results) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skippedCount = 0;
  for (const [file, results] of byFile) {
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const r of results) {
      const failing = r.violations.filter((v) => v.severity === 'error' || options.warningsFail);
      const other = [
        ...r.violations.filter((v) => !failing.includes(v)).map((v) => `${v.line}:${v.column}: ${v.severity}: ${formatHeadline(v, { severityTag: false })}`),
        ...(r.suppressed ?? []).map((v) => `${v.line}:${v.column}: suppressed (${v.suppression.kind}: ${v.suppression.reason}): ${formatHeadline(v, { severityTag: false })}`),
      ];
      if (failing.length > 0) suiteFailures++;
      const body = [
        ...failing.map(
          (v) =>
            `      <failure message="${xml(formatHeadline(v, { severityTag: false }))}" type="${xml(v.rule)}">${xml(
              [`${file}:${v.line}:${v.column}: ${v.severity}: ${formatHeadline(v, { severityTag: false })}`, v.hint && `hint: ${v.hint}`, v.docs && `docs: ${v.docs}`]
                .filter(Boolean)
                .join('\n'),
            )}</failure>`,
        ),
        ...(other.length > 0 ? [`      <system-out>${xml(other.join('\n'))}</system-out>`] : []),
      ];
      const name = `${r.kind ?? 'document'} ${r.name ?? '(no name)'} (document ${r.document}${r.item !== undefined ? `, item ${r.item}` : ''})`;
      cases.push(
        body.length === 0
          ? `    <testcase classname="${xml(file)}" name="${xml(name)}"/>`
          : `    <testcase classname="${xml(file)}" name="${xml(name)}">\n${body.join('\n')}\n    </testcase>`,
      );
    }
    tests += results.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${xml(file)}" tests="${results.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const skipped = report.skipped ?? [];
  if (skipped.length > 0) {
    skippedCount = skipped.length;
    const cases = skipped.map((s) => `    <testcase classname="${xml(s.file)}" name="${xml(s.file)}">\n      <skipped message="${xml(s.reason)}"/>\n    </testcase>`);
    suites.push(`  <testsuite name="skipped files" tests="${skipped.length}" failures="0" errors="0" skipped="${skipped.length}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const total = tests + skippedCount;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="cdk8s-jobs lint (Kubernetes ${xml(report.kubernetesVersion)})" tests="${total}" failures="${failures}" errors="0" skipped="${skippedCount}">\n` +
    (suites.length > 0 ? `${suites.join('\n')}\n` : '') +
    `</testsuites>\n`
  );
}

/**
 * Text for an XML attribute or element: the five special characters as entities, and characters
 * XML 1.0 cannot hold at all (controls other than tab and line breaks, lone surrogates, U+FFFE/F)
 * written as `\u{…}`, so any file name or value gives well-formed XML.
 */
export function xml(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (ch === '\n' || ch === '\t') out += ch;
    else if (ch === '\r') out += '&#13;';
    else if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += `\\u{${c.toString(16)}}`;
    else out += ch;
  }
  return out;
}
