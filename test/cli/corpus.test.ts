import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult, LintReport } from '../../lib/report/json';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { corpusIndex, CORPUS, inBatches, isUncertain, positionIn, runCli, runCliAsync, versionsOf, type CorpusEntry } from './run-cli';

// Every verdict of ../shared/corpus/INDEX.json, through the CLI a user runs: one JSON run of the
// whole corpus per target version, text runs for the oldest and newest target (the text view is
// rendered from the same results), and exit codes per invalid file.
const TEXT_VERSIONS = [KUBERNETES_VERSIONS[0], KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]];
const entries = corpusIndex();
const json = new Map<string, LintReport>();
const text = new Map<string, string>();

beforeAll(() => {
  for (const version of KUBERNETES_VERSIONS) {
    const j = runCli(['lint', '--output', 'json', '--kubernetes-version', version, '.'], { cwd: CORPUS });
    // INDEX.json is found by the walk and is not a Kubernetes object stream: noted and skipped
    expect(j.stderr).toBe('cdk8s-jobs: note: INDEX.json: not a Kubernetes object stream (no apiVersion and kind), skipped\n');
    json.set(version, JSON.parse(j.stdout) as LintReport);
    if (TEXT_VERSIONS.includes(version)) text.set(version, runCli(['lint', '--kubernetes-version', version, '.'], { cwd: CORPUS }).stdout);
  }
}, 300_000);

const resultsFor = (version: string, file: string): DocumentResult[] => json.get(version)!.results.filter((r) => r.file === file);
const errorsIn = (results: DocumentResult[]) => results.flatMap((r) => r.violations.filter((v) => v.severity === 'error'));
const textErrorLines = (version: string, file: string) =>
  (text.get(version) ?? '').split('\n').filter((l) => l.startsWith(`${file}:`) && /^[^:]+:\d+:\d+: error: /.test(l));

describe.each(entries.filter((e) => !isUncertain(e)))('$file ($expect, $k8sVersions)', (entry: CorpusEntry) => {
  it(entry.k8sVersions === 'n/a' ? 'is not judged: no results' : `is ${entry.expect} in the JSON and text outputs`, () => {
    const wrong: string[] = [];
    for (const version of versionsOf(entry)) {
      const results = resultsFor(version, entry.file);
      const errors = errorsIn(results);
      const lines = textErrorLines(version, entry.file);
      if (entry.k8sVersions === 'n/a') {
        if (results.length > 0) wrong.push(`${version}: expected no results, got ${JSON.stringify(results)}`);
        continue;
      }
      if (results.length === 0) wrong.push(`${version}: no Job/CronJob result`);
      if (entry.expect === 'invalid' && errors.length === 0) wrong.push(`${version}: no error reported (expected: ${entry.reasons.join(' | ')})`);
      if (entry.expect === 'valid' && errors.length > 0) wrong.push(`${version}: unexpected errors ${JSON.stringify(errors)}`);
      if (text.has(version) && lines.length !== errors.length) wrong.push(`${version}: text shows ${lines.length} errors, JSON ${errors.length}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('exit codes (target 1.28)', () => {
  const certain = entries.filter((e) => !isUncertain(e));
  const invalid = certain.filter((e) => e.expect === 'invalid' && e.k8sVersions !== 'n/a');
  const others = certain.filter((e) => !invalid.includes(e));

  it('exits with 0 on the valid and not-judged files, together', () => {
    const run = runCli(['lint', ...others.map((e) => e.file)], { cwd: CORPUS });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('exits with 1 on each invalid file', async () => {
    const runs = await inBatches(invalid.map((e) => () => runCliAsync(['lint', e.file], { cwd: CORPUS })), 3);
    expect(runs.map((r, i) => `${invalid[i].file}: ${r.status}`)).toEqual(invalid.map((e) => `${e.file}: 1`));
  }, 120_000);
});

describe('positions of findings in corpus files', () => {
  const find = (file: string, rule: string, path?: string) => {
    const v = resultsFor('1.28', file)
      .flatMap((r) => r.violations)
      .find((x) => x.rule === rule && (path === undefined || x.path === path));
    if (!v) throw new Error(`no ${rule} ${path ?? ''} finding in ${file}`);
    return { line: v.line, column: v.column };
  };

  it('warns of a duplicate key at the second key, the one kubectl keeps', () => {
    const file = 'user-fabricioh2__hola-mundo-job-duplicate-spec-key.yaml';
    expect(find(file, 'yaml-duplicate-key')).toEqual({ line: 17, column: 5 });
    expect(resultsFor('1.28', file).flatMap((r) => r.violations).find((v) => v.rule === 'yaml-duplicate-key')?.severity).toBe('warning');
    expect(readFileSync(join(CORPUS, file), 'utf8').split('\n')[16]).toBe('    spec:'); // the second spec of template
  });

  it('points unknown fields at their keys', () => {
    expect(find('user-amittashok__demo-job-namspaces-typo.yaml', 'schema', 'metadata.namspaces')).toEqual(
      positionIn('user-amittashok__demo-job-namspaces-typo.yaml', 'namspaces:'),
    );
    expect(find('kube-score__pwsh-test-restartpolicy-capitalized.yaml', 'schema', 'spec.jobTemplate.spec.template.spec.RestartPolicy')).toEqual(
      positionIn('kube-score__pwsh-test-restartpolicy-capitalized.yaml', 'RestartPolicy:'),
    );
    expect(find('user-dilipkumar2k6__job-conditions-typo.yaml', 'schema', 'spec.conditions')).toEqual(
      positionIn('user-dilipkumar2k6__job-conditions-typo.yaml', 'conditions:'),
    );
  });

  it('points a wrongly typed annotation at its key', () => {
    const file = 'argocd-example-apps__sync-job-numeric-hook-weight.yaml';
    expect(find(file, 'schema', 'metadata.annotations[argocd.argoproj.io/hook-weight]')).toEqual(positionIn(file, 'argocd.argoproj.io/hook-weight:'));
  });

  it('points a removed apiVersion at the apiVersion key, after the header comments', () => {
    const file = 'descheduler__descheduler-cronjob-v1beta1.yaml';
    expect(find(file, 'api-version-removed')).toEqual(positionIn(file, 'apiVersion: batch/v1beta1'));
  });

  it('points a finding inside a kind: List item into that item', () => {
    const file = 'popeye__cronjob-list-testdata.yaml';
    const results = resultsFor('1.28', file);
    expect(results.map((r) => [r.document, r.item, r.kind, r.name])).toEqual([
      [0, 0, 'CronJob', 'cj1'],
      [0, 1, 'CronJob', 'cj2'],
    ]);
    expect(find(file, 'cronjob-job-template-selector')).toEqual(positionIn(file, 'selector:'));
  });

  it('reports each broken document of a multi-document file at its own line', () => {
    const results = resultsFor('1.28', 'k8sexamples__jobexample-jinja-rendered.yaml');
    expect(results.map((r) => [r.document, r.kind, r.violations.map((v) => [v.rule, v.line])])).toEqual([
      [0, null, [['yaml-syntax', 16]]],
      [1, null, [['yaml-syntax', 34]]],
      [2, null, [['yaml-syntax', 52]]],
    ]);
  });

  it('reads the "--- " separator with a trailing space and a file without a final newline', () => {
    expect(resultsFor('1.28', 'user-becram__ecr-cred-helper-cronjob-rbac.yaml').map((r) => [r.document, r.kind, errorsIn([r])])).toEqual([
      [0, 'CronJob', []],
    ]);
    expect(errorsIn(resultsFor('1.28', 'kube-score__hello-deadline-set.yaml'))).toEqual([]);
  });

  it('lints the multi-line flow scalar that the yaml package refuses as valid', () => {
    expect(resultsFor('1.28', 'user-kaborda-irina__job-db-multiline-flow-scalar.yaml').map((r) => [r.kind, errorsIn([r])])).toEqual([['Job', []]]);
  });

  it('counts every document, the skipped kinds included', () => {
    const summary = json.get('1.28')!.summary;
    const listed = entries.reduce((n, e) => n + e.kinds.length, 0);
    expect(summary.documents).toBeGreaterThanOrEqual(listed - 1); // the List wrapper is not an object
  });
});
