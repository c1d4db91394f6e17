import { formatHeadline } from './format';
import type { DocumentResult, LintReport } from './json';
import { MemorySpool, type ReportSpool } from './spool';
import type { ReportEnd, ReportSink, ReportStream } from './stream';

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
  let out = '';
  const stream = new JunitReportStream(report.kubernetesVersion, options, (text) => (out += text), new MemorySpool());
  for (const r of report.results) stream.add(r);
  stream.finish({ summary: report.summary, skipped: report.skipped ?? [], notBatch: 0 });
  return out;
}

/** The test cases of one file (one suite): where they sit in the spool, and their counts. */
interface Suite {
  readonly ranges: Array<[number, number]>;
  tests: number;
  failures: number;
}

/**
 * {@link formatJunitReport} as results come. The XML opens with the totals and each suite with
 * its counts: test cases are rendered into the spool as they come, with where each file's run
 * of cases sits, and {@link finish} writes the suites around them (a file given twice is still
 * one suite, in the order files were first met).
 */
export class JunitReportStream implements ReportStream {
  private readonly suites = new Map<string, Suite>();
  private last: Suite | undefined;

  constructor(
    private readonly kubernetesVersion: string,
    private readonly options: JunitOptions,
    private readonly write: ReportSink,
    private readonly spool: ReportSpool,
  ) {}

  add(r: DocumentResult): void {
    const file = r.file;
    let suite = this.suites.get(file);
    if (!suite) this.suites.set(file, (suite = { ranges: [], tests: 0, failures: 0 }));
    const failing = r.violations.filter((v) => v.severity === 'error' || this.options.warningsFail);
    const other = [
      ...r.violations.filter((v) => !failing.includes(v)).map((v) => `${v.line}:${v.column}: ${v.severity}: ${formatHeadline(v, { severityTag: false })}`),
      ...(r.suppressed ?? []).map((v) => `${v.line}:${v.column}: suppressed (${v.suppression.kind}: ${v.suppression.reason}): ${formatHeadline(v, { severityTag: false })}`),
    ];
    if (failing.length > 0) suite.failures++;
    suite.tests++;
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
    const start = this.spool.size;
    this.spool.append(
      body.length === 0
        ? `    <testcase classname="${xml(file)}" name="${xml(name)}"/>\n`
        : `    <testcase classname="${xml(file)}" name="${xml(name)}">\n${body.join('\n')}\n    </testcase>\n`,
    );
    // Consecutive cases of one file make one range.
    const ranges = suite.ranges;
    if (this.last === suite && ranges.length > 0) ranges[ranges.length - 1][1] = this.spool.size;
    else ranges.push([start, this.spool.size]);
    this.last = suite;
  }

  finish({ skipped }: ReportEnd): void {
    let tests = 0;
    let failures = 0;
    for (const suite of this.suites.values()) {
      tests += suite.tests;
      failures += suite.failures;
    }
    const total = tests + skipped.length;
    this.write(
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<testsuites name="cdk8s-jobs lint (Kubernetes ${xml(this.kubernetesVersion)})" tests="${total}" failures="${failures}" errors="0" skipped="${skipped.length}">\n`,
    );
    for (const [file, suite] of this.suites) {
      this.write(`  <testsuite name="${xml(file)}" tests="${suite.tests}" failures="${suite.failures}" errors="0" skipped="0">\n`);
      for (const [start, end] of suite.ranges) for (const piece of this.spool.replay(start, end)) this.write(piece);
      this.write('  </testsuite>\n');
    }
    if (skipped.length > 0) {
      const cases = skipped.map((s) => `    <testcase classname="${xml(s.file)}" name="${xml(s.file)}">\n      <skipped message="${xml(s.reason)}"/>\n    </testcase>`);
      this.write(`  <testsuite name="skipped files" tests="${skipped.length}" failures="0" errors="0" skipped="${skipped.length}">\n${cases.join('\n')}\n  </testsuite>\n`);
    }
    this.write(`</testsuites>\n`);
    this.spool.close();
  }
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
