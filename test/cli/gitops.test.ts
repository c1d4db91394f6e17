/**
 * `cdk8s-jobs lint` on repositories as GitOps teams have them, through the spawned CLI: what is
 * skipped (Helm templates, kustomize patches, editor folders, non-Kubernetes files), the config
 * file, --ignore-path, suppression annotations, --fail-on, stdin, and the `rules` command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../lib/report/json';
import { ALL_RULES, RECOMMENDED_RULES } from '../../lib/rules';
import { CLI, runCli } from './run-cli';

/** A Job that passes every check, recommended ones included. */
const GOOD_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  ttlSecondsAfterFinished: 3600
  activeDeadlineSeconds: 600
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: report
        image: busybox:1.36
        resources:
          requests: {cpu: 100m, memory: 64Mi}
`;

/** A Job the API server accepts, with recommended-check warnings (no ttl, no deadline, :latest, no requests). */
const SLOPPY_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: sloppy
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: busybox:latest
`;

/** The API server refuses it: restartPolicy defaults to Always. */
const BAD_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: bad
spec:
  ttlSecondsAfterFinished: 60
  activeDeadlineSeconds: 60
  template:
    spec:
      containers:
      - name: main
        image: busybox:1.36
        resources: {requests: {cpu: 100m, memory: 64Mi}}
`;

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A fresh directory with `git`-like root marker and the given files. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-gitops-'));
  roots.push(root);
  mkdirSync(join(root, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const json = (stdout: string) => JSON.parse(stdout) as LintReport;

describe('a GitOps repository', () => {
  const root = repo({
    'charts/app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
    'charts/app/values.yaml': 'image: busybox\nschedule: "0 * * * *"\n',
    'charts/app/templates/job.yaml':
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {{ .Release.Name }}-migrate\n  {{- with .Values.labels }}\n  labels: {{ toYaml . | nindent 4 }}\n  {{- end }}\nspec:\n  template:\n    spec:\n      containers:\n      - name: m\n        image: "{{ .Values.image }}"\n',
    'charts/app/templates/_helpers.tpl': '{{- define "app.name" -}}app{{- end }}\n',
    'base/kustomization.yaml': 'resources:\n- job.yaml\n',
    'base/job.yaml': GOOD_JOB,
    'overlays/prod/kustomization.yaml':
      'resources:\n- ../../base\npatches:\n- path: job-patch.yaml\npatchesStrategicMerge:\n- deadline-patch.yaml\npatchesJson6902:\n- target: {kind: Job, name: report}\n  path: json-patch.yaml\n',
    // A strategic-merge patch: no template, no restartPolicy; three false errors if linted as a Job.
    'overlays/prod/job-patch.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report\nspec:\n  template:\n    spec:\n      containers:\n      - name: report\n        image: busybox:1.37\n',
    'overlays/prod/deadline-patch.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: report\nspec:\n  activeDeadlineSeconds: 1200\n',
    'overlays/prod/json-patch.yaml': '- op: replace\n  path: /spec/backoffLimit\n  value: 2\n',
    '.vscode/settings.json': '{\n  // JSONC: comments and trailing commas\n  "editor.tabSize": 2,\n}\n',
    '.idea/misc.xml.yaml': 'not: [valid\n',
    '.github/workflows/ci.yml': 'on: push\njobs:\n  lint: {runs-on: ubuntu-latest}\n',
    'package.json': '{ "name": "infra", "private": true }\n',
    'tsconfig.json': '{\n  // comment\n  "compilerOptions": {},\n}\n',
  });

  it('exits 0 with the real Job linted and every skipped file noted', () => {
    const run = runCli(['lint', '-o', 'json', '.'], { cwd: root });
    expect(run.status).toBe(0);
    const report = json(run.stdout);
    expect(report.results.map((r) => [r.file, r.kind, r.name, r.violations])).toEqual([['base/job.yaml', 'Job', 'report', []]]);
    expect(report.skipped?.map((s) => s.file)).toEqual([
      'base/kustomization.yaml',
      'charts/app/Chart.yaml',
      'charts/app/templates/job.yaml',
      'charts/app/values.yaml',
      'overlays/prod/deadline-patch.yaml',
      'overlays/prod/job-patch.yaml',
      'overlays/prod/json-patch.yaml',
      'overlays/prod/kustomization.yaml',
      'package.json',
      'tsconfig.json',
    ]);
    const notes = run.stderr.trimEnd().split('\n');
    expect(notes).toHaveLength(10);
    for (const line of notes) expect(line).toMatch(/^cdk8s-jobs: note: \S+: .*skipped/);
    expect(run.stderr).toContain('charts/app/templates/job.yaml: Helm chart template (chart charts/app), skipped: lint the rendered output, e.g. helm template charts/app | cdk8s-jobs lint');
    expect(run.stderr).toContain('overlays/prod/job-patch.yaml: kustomize patch listed in ');
    expect(run.stderr).not.toMatch(/\.vscode|\.idea|\.github/);
  });

  it('says the same in text, and --quiet drops the notes', () => {
    const run = runCli(['lint', '.'], { cwd: root });
    expect(run).toMatchObject({ status: 0, stdout: '1 document, 0 errors, 0 warnings (10 files skipped)\n' });
    expect(runCli(['lint', '--quiet', '.'], { cwd: root }).stderr).toBe('');
  });

  it('lints a file named on the command line whatever it is: errors are errors', () => {
    const run = runCli(['lint', '-o', 'json', '.vscode/settings.json', 'overlays/prod/job-patch.yaml'], { cwd: root });
    expect(run.status).toBe(1);
    const report = json(run.stdout);
    expect(report.results.map((r) => [r.file, r.violations.filter((v) => v.severity === 'error').map((v) => v.rule)[0]])).toEqual([
      ['.vscode/settings.json', 'yaml-syntax'],
      ['overlays/prod/job-patch.yaml', 'job-restart-policy'],
    ]);
  });

  it('reads rendered Helm output on stdin when no path is given', () => {
    const run = runCli(['lint', '-o', 'json'], { cwd: root, input: BAD_JOB });
    expect(run.status).toBe(1);
    expect(json(run.stdout).results.map((r) => [r.file, r.name])).toEqual([['<stdin>', 'bad']]);
  });
});

describe('stdin', () => {
  it.skipIf(!existsSync('/usr/bin/script'))('is not read when it is a terminal: no path is a usage error', () => {
    const r = spawnSync('/usr/bin/script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} lint`, '/dev/null'], {
      encoding: 'utf8',
      timeout: 60_000,
      input: '',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/cdk8s-jobs: no input: give files or directories, or pipe manifests on stdin/);
  });
});

describe('the config file', () => {
  it('is found in a parent directory, and sets the version, rule levels and ignored paths', () => {
    const root = repo({
      '.cdk8s-jobs.yaml': [
        'kubernetesVersion: "1.30"',
        'rules:',
        '  job-ttl-after-finished: off',
        '  container-image-pinned: error',
        '  job-restart-policy: { level: warning, reason: "the operator adds restartPolicy at admission" }',
        'ignorePaths:',
        '  - "**/generated/**"',
      ].join('\n'),
      'apps/team/sloppy.yaml': SLOPPY_JOB,
      'apps/team/bad.yaml': BAD_JOB,
      'apps/team/generated/x.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec: {}\n',
    });
    const run = runCli(['lint', '-o', 'json', '.'], { cwd: join(root, 'apps', 'team') });
    const report = json(run.stdout);
    expect(report.kubernetesVersion).toBe('1.30');
    expect(report.results.map((r) => r.file)).toEqual(['bad.yaml', 'sloppy.yaml']);
    const rules = (file: string) => report.results.find((r) => r.file === file)!.violations.map((v) => `${v.severity} ${v.rule}`);
    expect(rules('bad.yaml')).toEqual(['warning job-restart-policy']);
    expect(rules('sloppy.yaml')).toEqual(['warning job-active-deadline', 'warning container-resource-requests', 'error container-image-pinned']);
    expect(report.summary).toEqual({ documents: 2, errors: 1, warnings: 3, suppressed: 1 });
    const suppressed = report.results.flatMap((r) => r.suppressed ?? []);
    expect(suppressed.map((v) => [v.rule, v.suppression])).toEqual([['job-ttl-after-finished', { kind: 'config', reason: '' }]]);
    expect(run.status).toBe(1);
    expect(runCli(['lint', '--kubernetes-version', '1.36', '-o', 'json', '.'], { cwd: join(root, 'apps') }).stdout).toContain('"kubernetesVersion": "1.36"');
  });

  it('is not looked for above the repository root, and --config names one anywhere', () => {
    const outer = repo({ '.cdk8s-jobs.yaml': 'rules: {job-active-deadline: off}\n' });
    const inner = join(outer, 'inner');
    mkdirSync(join(inner, '.git'), { recursive: true });
    writeFileSync(join(inner, 'job.yaml'), SLOPPY_JOB);
    expect(json(runCli(['lint', '-o', 'json', 'job.yaml'], { cwd: inner }).stdout).summary.suppressed).toBeUndefined();
    const run = runCli(['lint', '-o', 'json', '--config', join(outer, '.cdk8s-jobs.yaml'), 'job.yaml'], { cwd: inner });
    expect(json(run.stdout).summary.suppressed).toBe(1);
  });

  it.each([
    ['kubernetesVersoin: "1.30"\n', /kubernetesVersoin: unknown key; did you mean "kubernetesVersion"\?/],
    ['rules:\n  job-ttl-after-finishd: off\n', /rules\.job-ttl-after-finishd: unknown rule id; did you mean "job-ttl-after-finished"\?/],
    ['rules:\n  job-restart-policy: off\n', /rules\.job-restart-policy: job-restart-policy is an API-server error .* state why: \{ level: off, reason: "\.\.\." \}/],
    ['rules:\n  job-active-deadline: warn\n', /unsupported level warn: use off, warning, error; did you mean "warning"\?/],
    ['kubernetesVersion: 1.30\n', /kubernetesVersion: unsupported Kubernetes version 1\.3/],
    ['ignorePaths: charts\n', /ignorePaths: must be a list of globs/],
    ['rules: [\n', /line \d+, column \d+/],
    [`{"${'k'.repeat(900 * 1024)}": 1}\n`, /unknown key \(known: kubernetesVersion, rules, ignorePaths\)/],
    [`${'k'.repeat(2 * 1024 * 1024)}: 1\n`, /cannot be read: larger than 1024 KiB/],
  ])('refuses %# with a clear error and exit code 2', (text, message) => {
    const root = repo({ '.cdk8s-jobs.yaml': text, 'job.yaml': GOOD_JOB });
    const run = runCli(['lint', 'job.yaml'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cdk8s-jobs: config: \S*\.cdk8s-jobs\.yaml: /);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.length).toBeLessThan(2000);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a --config file that does not exist', () => {
    const run = runCli(['lint', '--config', 'nope.yaml', '-'], { input: GOOD_JOB });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cdk8s-jobs: config: nope.yaml: cannot be read: no such file\n');
  });
});

describe('--ignore-path', () => {
  it('skips matching files and directories, and may be repeated', () => {
    const root = repo({ 'a/job.yaml': BAD_JOB, 'b/job.yaml': BAD_JOB, 'c/job.yaml': GOOD_JOB, 'c/bad.yml': BAD_JOB });
    const run = runCli(['lint', '-o', 'json', '--ignore-path', 'a', '--ignore-path', '**/*.yml', '--ignore-path', 'b/**', '.'], { cwd: root });
    expect(run.status).toBe(0);
    expect(json(run.stdout).results.map((r) => r.file)).toEqual(['c/job.yaml']);
    expect(run.stderr).toBe('');
    const named = runCli(['lint', '--ignore-path', 'a/**', 'a/job.yaml'], { cwd: root });
    expect(named.status).toBe(0);
    expect(named.stderr).toBe('cdk8s-jobs: note: a/job.yaml: ignored by --ignore-path "a/**"\n');
  });
});

describe('ignore-check annotations', () => {
  const annotated = SLOPPY_JOB.replace(
    '  name: sloppy\n',
    '  name: sloppy\n  annotations:\n    ignore-check.cdk8s-jobs.io/container-image-pinned: "nightly tooling follows the rolling tag"\n    ignore-check.cdk8s-jobs.io/job-restart-policy: "not needed"\n    ignore-check.cdk8s-jobs.io/job-ttl-after-finshed: "typo"\n',
  );
  const root = repo({ 'job.yaml': annotated, 'bad.yaml': BAD_JOB.replace('  name: bad\n', '  name: bad\n  annotations: {ignore-check.cdk8s-jobs.io/job-restart-policy: "we know"}\n') });

  it('silence a warning on that object, counted and listed with the reason', () => {
    const run = runCli(['lint', '-o', 'json', 'job.yaml'], { cwd: root });
    expect(run.status).toBe(0);
    const [result] = json(run.stdout).results;
    expect(result.suppressed?.map((v) => [v.rule, v.path, v.suppression])).toEqual([
      ['container-image-pinned', 'spec.template.spec.containers[0].image', { kind: 'annotation', reason: 'nightly tooling follows the rolling tag' }],
    ]);
    expect(json(run.stdout).summary.suppressed).toBe(1);
    expect(result.violations.map((v) => v.rule)).not.toContain('container-image-pinned');
    // An unknown rule id gets a note with a "did you mean"
    const note = result.violations.find((v) => v.path.endsWith('job-ttl-after-finshed]'));
    expect(note).toMatchObject({ rule: 'ignore-check-annotation', severity: 'warning', hint: expect.stringContaining('did you mean "job-ttl-after-finished"') });
    expect(runCli(['lint', 'job.yaml'], { cwd: root }).stdout).toMatch(/, 1 suppressed\n$/);
  });

  it('cannot silence an API-server error: it stays, with a note on the annotation', () => {
    const run = runCli(['lint', '-o', 'json', 'bad.yaml'], { cwd: root });
    expect(run.status).toBe(1);
    const [result] = json(run.stdout).results;
    expect(result.violations.map((v) => `${v.severity} ${v.rule}`)).toEqual(['warning ignore-check-annotation', 'error job-restart-policy']);
    expect(result.violations[0].message).toContain('job-restart-policy is an API-server error');
  });

  it('are SARIF suppressions', () => {
    const log = JSON.parse(runCli(['lint', '-o', 'sarif', 'job.yaml'], { cwd: root }).stdout);
    const results = log.runs[0].results as Array<{ ruleId: string; suppressions?: unknown[] }>;
    expect(results.filter((r) => r.suppressions).map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['container-image-pinned', [{ kind: 'inSource', status: 'accepted', justification: 'nightly tooling follows the rolling tag' }]],
    ]);
  });
});

describe('--fail-on', () => {
  const root = repo({ 'sloppy.yaml': SLOPPY_JOB });

  it('exits 0 on warnings alone by default, and 1 with --fail-on warning', () => {
    expect(runCli(['lint', 'sloppy.yaml'], { cwd: root }).status).toBe(0);
    const run = runCli(['lint', '--fail-on', 'warning', 'sloppy.yaml'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1 document, 0 errors, 4 warnings\n$/);
    expect(runCli(['lint', '--fail-on', 'notice', 'sloppy.yaml'], { cwd: root })).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^cdk8s-jobs: unsupported --fail-on "notice": use error, warning\n/),
    });
  });
});

describe('cdk8s-jobs rules', () => {
  it('lists every rule with id, severity, category, summary and docs', () => {
    const run = runCli(['rules', '-o', 'json']);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout) as Array<{ id: string; severity: string; category: string; summary: string; docs: string }>;
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining([...ALL_RULES.map((r) => r.id), 'schema', 'yaml-syntax', 'ignore-check-annotation']));
    for (const r of rules) {
      expect(Object.keys(r)).toEqual(['id', 'severity', 'category', 'summary', 'docs']);
      expect(r.docs).toMatch(/^https:\/\/kubernetes\.io\//);
    }
    const recommended = rules.filter((r) => r.category === 'recommended');
    expect(recommended.map((r) => r.id).sort()).toEqual(RECOMMENDED_RULES.map((r) => r.id).sort());
    expect(recommended.every((r) => r.severity === 'warning')).toBe(true);
    const text = runCli(['rules']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^job-ttl-after-finished +warning +recommended +a Job should set ttlSecondsAfterFinished/m);
  });
});
