/**
 * The CLI writes every format as results come (JSON, SARIF and JUnit through a temporary file).
 * Each must be byte for byte what the whole-report functions give on the same results: the
 * CLI's own `-o json` results, fed to them in one piece. Files are given out of order and one
 * twice, so JUnit has to gather a file's test cases from two runs into one suite.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRuleInfo } from '../../lib/cli/rule-catalog';
import { packageVersion } from '../../lib/cli/package-version';
import { formatGithubReport } from '../../lib/report/github';
import type { LintReport } from '../../lib/report/json';
import { formatJunitReport } from '../../lib/report/junit';
import { formatSarifReport } from '../../lib/report/sarif';
import { runCli } from './run-cli';

const job = (name: string, restartPolicy: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
  annotations: {ignore-check.cdk8s-jobs.io/job-ttl-after-finished: "cleaned up by the pipeline"}
spec:
  template:
    spec:
      restartPolicy: ${restartPolicy}
      containers: [{name: main, image: "busybox:1.36"}]
`;

let dir: string;
let files: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-streamed-'));
  const a = join(dir, 'a.yaml');
  const b = join(dir, 'b ünïcödé.yaml');
  writeFileSync(a, [job('one', 'Always'), job('two', 'Never'), 'kind: ConfigMap\napiVersion: v1\nmetadata: {name: c}\n', 'a: [\n'].join('---\n'));
  writeFileSync(b, [job('three', 'OnFailure'), job('four', 'Always')].join('---\n'));
  files = [b, a, b];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('structured formats written as results come', () => {
  const lint = (...args: string[]) => runCli(['lint', '--kubernetes-version', '1.34', ...args, ...files], { cwd: dir });

  it('has results to compare', () => {
    const report = JSON.parse(lint('-o', 'json').stdout) as LintReport;
    expect(report.results.map((r) => r.name)).toEqual(['three', 'four', 'one', 'two', null, 'three', 'four']);
    expect(report.summary.suppressed).toBeGreaterThan(0);
  });

  it.each([['error'], ['warning']])('equal the whole-report functions (--fail-on %s)', (failOn) => {
    const json = lint('-o', 'json', '--fail-on', failOn).stdout;
    const report = JSON.parse(json) as LintReport;
    expect(json).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(lint('-o', 'junit', '--fail-on', failOn).stdout).toBe(formatJunitReport(report, { warningsFail: failOn === 'warning' }));
    expect(lint('-o', 'sarif', '--fail-on', failOn).stdout).toBe(
      formatSarifReport(report, { name: 'cdk8s-jobs', version: packageVersion(), rules: allRuleInfo(), baseDir: dir }),
    );
    expect(lint('-o', 'github', '--fail-on', failOn).stdout).toBe(formatGithubReport(report));
  });

  it('gathers a file given twice into one JUnit suite', () => {
    const junit = lint('-o', 'junit').stdout;
    expect(junit.match(/<testsuite name=[^>]*b ünïcödé\.yaml" tests="4"/g)).toHaveLength(1);
  });
});
