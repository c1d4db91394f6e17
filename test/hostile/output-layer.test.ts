import { describe, expect, it } from 'vitest';
import { formatViolation } from '../../lib';
import { escapeText } from '../../lib/report/escape';
import { formatJsonReport, jsonReportChunks, type LintReport } from '../../lib/report/json';
import { formatSarifReport, sarifReportChunks } from '../../lib/report/sarif';
import { formatTextResult } from '../../lib/report/text';

const HOSTILE = 'a\u001b[2J\n::error ::forged\r\t\u0007\u009b1m\u202eevil\u2028x';

describe('escapeText', () => {
  it('writes every control, ANSI introducer, line break and bidi control as a visible escape', () => {
    expect(escapeText(HOSTILE)).toBe('a\\u001b[2J\\n::error ::forged\\r\\t\\u0007\\u009b1m\\u202eevil\\u2028x');
  });

  it('leaves ordinary text, non-ASCII letters and emoji as they are (the same string, no copy)', () => {
    const text = 'spec.template.spec.containers[0].image: Invalid value: "käse/🧀:1" — ok';
    expect(escapeText(text)).toBe(text);
  });
});

const violation = { rule: `r${HOSTILE}`, severity: 'error' as const, path: `spec[${HOSTILE}]`, message: `Invalid value: ${HOSTILE}`, hint: HOSTILE, docs: HOSTILE };

describe('every text printer escapes', () => {
  it('keeps the text report and formatViolation free of control characters', () => {
    const text = formatTextResult({ file: `f${HOSTILE}.yaml`, document: 0, kind: 'Job', name: 'x', violations: [{ ...violation, line: 1, column: 1 }] });
    for (const out of [text, formatViolation(violation)]) {
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e\u2028]/);
      expect(out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    }
  });
});

describe('JSON and SARIF are written in pieces, byte for byte the same as one JSON.stringify', () => {
  const report = (results: LintReport['results']): LintReport => ({ kubernetesVersion: '1.30', summary: { documents: 3, errors: 2, warnings: 0 }, results });
  const located = { ...violation, line: 2, column: 3 };
  const reports = [
    report([]),
    report([{ file: 'a.yaml', document: 0, kind: 'Job', name: null, violations: [] }]),
    report([
      { file: 'a.yaml', document: 0, kind: 'Job', name: 'x', violations: [located, { ...located, rule: 'schema' }] },
      { file: 'b.yaml', document: 1, item: 2, kind: 'CronJob', name: 'y', violations: [located] },
    ]),
  ];
  const tool = { name: 'cdk8s-jobs', version: '0.0.0', rules: [{ id: 'schema', severity: 'error' as const, summary: 's', docs: 'https://d' }], baseDir: '/' };

  it.each(reports.map((r, i) => [i, r] as const))('report %i', (_, r) => {
    const json = [...jsonReportChunks(r)];
    expect(json.join('')).toBe(`${JSON.stringify(JSON.parse(formatJsonReport(r)), null, 2)}\n`);
    expect(json.length).toBe(r.results.length === 0 ? 1 : r.results.length + 2);
    const sarif = [...sarifReportChunks(r, tool)];
    expect(sarif.join('')).toBe(`${JSON.stringify(JSON.parse(formatSarifReport(r, tool)), null, 2)}\n`);
    const parsed = JSON.parse(sarif.join('')) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    expect(parsed.runs[0].results.length).toBe(r.results.reduce((n, d) => n + d.violations.length, 0));
  });
});
