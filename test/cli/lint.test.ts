import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../lib/report/json';
import { ALL_RULES } from '../../lib/rules';
import { CORPUS, runCli } from './run-cli';

// The seed's Example 10-1 (job-oneshot.yaml): restartPolicy indented under the container.
const ONESHOT = `apiVersion: batch/v1
kind: Job
metadata:
  name: oneshot
  labels:
    chapter: jobs
spec:
  template:
    metadata:
      labels:
        chapter: jobs
    spec:
      containers:
        - name: kuard
          image: gcr.io/kuar-demo/kuard-amd64:1
          imagePullPolicy: Always
          args:
            - "--keygen-enable"
            - "--keygen-exit-on-complete"
            - "--keygen-num-to-gen=10"
          restartPolicy: OnFailure
`;

const VALID_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  ttlSecondsAfterFinished: 600
  activeDeadlineSeconds: 300
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: pi
        image: perl:5.34
        resources: {requests: {cpu: 100m, memory: 64Mi}}
`;

let dir: string;
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-cli-'));
  write('job-oneshot.yaml', ONESHOT);
  write('valid.yaml', VALID_JOB);
});

describe('text output', () => {
  it('reports the seed one-shot Job compiler style, with hint, docs and a summary', () => {
    const run = runCli(['lint', '--quiet', 'job-oneshot.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^job-oneshot\.yaml:12:5: error: spec\.template\.spec\.restartPolicy: Required value: .* \[job-restart-policy\]$/);
    expect(lines[1]).toMatch(/^ {4}hint: /);
    expect(lines[2]).toBe('    docs: https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template');
    expect(lines[3]).toMatch(/^job-oneshot\.yaml:21:11: error: spec\.template\.spec\.containers\[0\]\.restartPolicy: Forbidden: .* \[container-restart-policy\]$/);
    expect(lines[lines.length - 1]).toBe('1 document, 2 errors, 0 warnings');
    expect(run.stderr).toBe('');
  });

  it('prints only the summary for clean input and exits with 0', () => {
    const run = runCli(['lint', 'valid.yaml'], { cwd: dir });
    expect(run).toEqual({ status: 0, stdout: '1 document, 0 errors, 0 warnings\n', stderr: '' });
  });

  it('counts and skips documents that are not batch Jobs or CronJobs, including a CRD named CronJob', () => {
    const file = write(
      'mixed.yaml',
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n${VALID_JOB}---\napiVersion: example.com/v1\nkind: CronJob\nmetadata: {name: x}\nspec: {}\n`,
    );
    const run = runCli(['lint', file]);
    expect(run.stdout).toBe('3 documents, 0 errors, 0 warnings (2 not a Job or CronJob, skipped)\n');
    const report = JSON.parse(runCli(['lint', '-o', 'json', file]).stdout) as LintReport;
    expect(report.results.map((r) => [r.document, r.kind, r.name])).toEqual([[1, 'Job', 'pi']]);
  });
});

describe('JSON output', () => {
  it('has the documented shape, keys in order', () => {
    const run = runCli(['lint', '--output', 'json', 'job-oneshot.yaml', 'valid.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as LintReport;
    expect(Object.keys(report)).toEqual(['kubernetesVersion', 'summary', 'results']);
    expect(report.kubernetesVersion).toBe('1.28');
    // the seed also lacks ttlSecondsAfterFinished, activeDeadlineSeconds and resource requests (recommended checks)
    expect(report.summary).toEqual({ documents: 2, errors: 2, warnings: 3 });
    expect(report.results.map((r) => Object.keys(r))).toEqual([
      ['file', 'document', 'kind', 'name', 'violations'],
      ['file', 'document', 'kind', 'name', 'violations'],
    ]);
    expect(report.results[1]).toEqual({ file: 'valid.yaml', document: 0, kind: 'Job', name: 'pi', violations: [] });
    const v = report.results[0].violations.find((x) => x.severity === 'error')!;
    expect(Object.keys(v)).toEqual(['rule', 'severity', 'path', 'line', 'column', 'message', 'type', 'hint', 'docs']);
    expect(v).toMatchObject({ rule: 'job-restart-policy', severity: 'error', path: 'spec.template.spec.restartPolicy', line: 12, column: 5, type: 'FieldValueRequired' });
  });

  it('reports a document that is not YAML with kind null and a yaml-syntax violation', () => {
    const file = write('broken.yaml', `${VALID_JOB}---\nkind: Job\nmetadata:\n  name: "a\n`);
    const report = JSON.parse(runCli(['lint', '-o', 'json', file]).stdout) as LintReport;
    expect(report.results[1]).toMatchObject({
      document: 1,
      kind: null,
      name: null,
      violations: [{ rule: 'yaml-syntax', severity: 'error', path: '', line: 19 }],
    });
  });

  it('reads a duplicate key as kubectl does (the last one wins) and warns at it', () => {
    const file = write('duplicate.yaml', `${VALID_JOB.replace('metadata:\n  name: pi\n', 'metadata:\n  name: first\n  name: pi\n')}`);
    const report = JSON.parse(runCli(['lint', '-o', 'json', file]).stdout) as LintReport;
    expect(report.results[0]).toMatchObject({ kind: 'Job', name: 'pi' });
    expect(report.results[0].violations).toContainEqual(
      expect.objectContaining({ rule: 'yaml-duplicate-key', severity: 'warning', path: '', message: expect.stringContaining('duplicated mapping key "name"') }),
    );
  });

  it('targets the version given, and accepts "v1.30" and patch versions', () => {
    const file = join(CORPUS, 'k8spatterns__random-generator-cron-v1beta1.yaml');
    for (const [arg, version] of [['1.36', '1.36'], ['v1.30', '1.30'], ['1.31.4', '1.31']]) {
      const report = JSON.parse(runCli(['lint', '-o', 'json', '--kubernetes-version', arg, file]).stdout) as LintReport;
      expect(report.kubernetesVersion).toBe(version);
      expect(report.results[0].violations.map((x) => x.rule)).toContain('api-version-removed');
    }
  });

  it('drops warnings with --quiet and keeps every error', () => {
    const all = JSON.parse(runCli(['lint', '-o', 'json', '.'], { cwd: CORPUS }).stdout) as LintReport;
    const quiet = JSON.parse(runCli(['lint', '-o', 'json', '--quiet', '.'], { cwd: CORPUS }).stdout) as LintReport;
    expect(quiet.summary).toEqual({ ...all.summary, warnings: 0 });
    expect(quiet.results.flatMap((r) => r.violations).some((v) => v.severity === 'warning')).toBe(false);
  });
});

describe('SARIF output', () => {
  it('is SARIF 2.1.0 with one descriptor per rule id and physical locations', () => {
    const run = runCli(['lint', '-o', 'sarif', '--quiet', 'job-oneshot.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string; defaultConfiguration: { level: string } }>;
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...ALL_RULES.map((r) => r.id), 'schema', 'api-version-removed', 'yaml-syntax']));
    for (const r of rules) expect(r.helpUri).toMatch(/^https:\/\/kubernetes\.io\//);
    const results = log.runs[0].results as Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: unknown }> }>;
    expect(results).toHaveLength(2);
    for (const r of results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results[0]).toMatchObject({
      ruleId: 'job-restart-policy',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'job-oneshot.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 5 } } }],
    });
  });
});

describe('inputs', () => {
  it('reads stdin for -', () => {
    const run = runCli(['lint', '-o', 'json', '-'], { input: ONESHOT });
    const report = JSON.parse(run.stdout) as LintReport;
    expect(run.status).toBe(1);
    expect(report.results[0]).toMatchObject({ file: '<stdin>', kind: 'Job', name: 'oneshot' });
  });

  it('walks directories for .yaml, .yml and .json, skipping node_modules and .git', () => {
    const root = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-walk-'));
    const put = (rel: string, text: string) => {
      const path = join(root, rel);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    };
    put('a/job.yml', VALID_JOB);
    put('b/job.json', JSON.stringify({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: {} }));
    put('b/notes.txt', 'kind: Job');
    put('node_modules/x/job.yaml', ONESHOT);
    put('.git/job.yaml', ONESHOT);
    const report = JSON.parse(runCli(['lint', '-o', 'json', root]).stdout) as LintReport;
    rmSync(root, { recursive: true, force: true });
    expect(report.results.map((r) => r.file.slice(root.length + 1))).toEqual(['a/job.yml', 'b/job.json']);
  });

  it('lints the readable inputs and exits with 2 when one is missing', () => {
    const run = runCli(['lint', '--quiet', 'job-oneshot.yaml', 'missing.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^job-oneshot\.yaml:12:5: error:/);
    expect(run.stderr).toBe('cdk8s-jobs: missing.yaml: no such file or directory (or a dangling symlink)\n');
  });
});

describe('usage', () => {
  it.each([
    [['lint', '--kubernetes-version', '1.27', 'x.yaml'], /--kubernetes-version: unsupported Kubernetes version "1\.27"/],
    [['lint', '--output', 'xml', 'x.yaml'], /unsupported --output "xml"/],
    [['lint', '--frobnicate', 'x.yaml'], /Unknown option '--frobnicate'/],
    [['check', 'x.yaml'], /unknown command "check"/],
    [[], /missing command/],
  ])('fails with exit code 2 and one line for %j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help and the package version', () => {
    expect(runCli(['--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Usage: cdk8s-jobs lint/) });
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});
