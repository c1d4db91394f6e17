import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../lib/schema';
import { UnsupportedKubernetesVersionError } from '../../lib/versions';
import { cronJob, job, lines } from './helpers';

const JOB_DOCS = 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/job-v1/';

describe('validateManifest on input that is not a manifest', () => {
  it.each([
    [null, 'Required value: expected a Job or CronJob object'],
    [undefined, 'Required value: expected a Job or CronJob object'],
    ['apiVersion: batch/v1', 'Invalid value: "apiVersion: batch/v1": expected object, found string'],
    [[job()], 'Invalid value: expected object, found list'],
    [42, 'Invalid value: 42: expected object, found number'],
    [true, 'Invalid value: true: expected object, found boolean'],
  ])('reports %j as one finding, without throwing', (input, message) => {
    const out = validateManifest(input);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ rule: 'schema', severity: 'error', path: '', message });
    expect(out[0].hint).toBeTruthy();
  });

  it.each([
    { kind: 'Job', spec: 'x', metadata: [1], apiVersion: 7 },
    { apiVersion: 'batch/v1', kind: 'CronJob', spec: { jobTemplate: null, schedule: { '0': 1 } } },
    { apiVersion: 'batch/v1', kind: 'Job', spec: { template: { spec: { containers: 'c' } } }, status: 1 },
    { apiVersion: 'batch/v1', kind: 'Job', metadata: { labels: [] }, spec: { template: { spec: { containers: [null, 1, []] } } } },
  ])('never throws on odd shapes (%#)', (input) => {
    expect(() => validateManifest(input)).not.toThrow();
    expect(validateManifest(input).length).toBeGreaterThan(0);
  });

  it('reports a missing kind once', () => {
    expect(lines({ apiVersion: 'batch/v1', metadata: { name: 'x' } })).toEqual([
      'kind: Required value: must be "Job" or "CronJob" [schema]',
    ]);
  });

  it('reports another kind once, without schema noise', () => {
    expect(lines({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { replicas: 'x' } })).toEqual([
      'kind: Unsupported value: "Deployment": supported values: "Job", "CronJob" [schema]',
    ]);
  });

  it('reports a Job of another API group once', () => {
    expect(lines({ apiVersion: 'example.com/v1', kind: 'Job', spec: { anything: 1 } })).toEqual([
      'apiVersion: Unsupported value: "example.com/v1": supported values: "batch/v1" [schema]',
    ]);
  });

  it('still reports mistyped metadata of a Job of another API group, as kubectl decodes it first', () => {
    // oracle 1.36 (kubectl stage): unable to decode "<stdin>": json: cannot unmarshal number into
    // Go struct field ObjectMeta.metadata.labels of type string
    expect(lines({ apiVersion: 'v1', kind: 'CronJob', metadata: { name: 'x', labels: { tier: 1 } }, spec: { anything: 1 } })).toEqual([
      'metadata.labels[tier]: Invalid value: 1: expected string [schema]',
      'apiVersion: Unsupported value: "v1": supported values: "batch/v1" [schema]',
    ]);
    expect(lines({ apiVersion: 'apps/v1', kind: 'Job', metadata: 'x' })).toEqual([
      'metadata: Invalid value: "x": expected object [schema]',
      'apiVersion: Unsupported value: "apps/v1": supported values: "batch/v1" [schema]',
    ]);
  });
});

describe('apiVersion', () => {
  const v1beta1 = cronJob((d) => {
    d.apiVersion = 'batch/v1beta1';
    d.spec.concurrencyPolicy = 'Deny';
  });

  it.each(['batch/v1beta1', 'batch/v2alpha1'])('reports a CronJob in %s as api-version-removed with the fix', (apiVersion) => {
    const [v] = validateManifest(cronJob((d) => (d.apiVersion = apiVersion)));
    expect(v).toMatchObject({ rule: 'api-version-removed', severity: 'error', path: 'apiVersion' });
    expect(v.message).toMatch(new RegExp(`^Invalid value: "${apiVersion}": CronJob is no longer served in ${apiVersion}`));
    expect(v.hint).toBe('change apiVersion to batch/v1; the CronJob spec is the same');
    expect(v.docs).toMatch(/^https:\/\/kubernetes\.io\/docs\/reference\/using-api\/deprecation-guide\//);
  });

  it('still checks the rest of a removed-apiVersion document, without a second apiVersion finding', () => {
    expect(lines(v1beta1)).toEqual([
      'apiVersion: Invalid value: "batch/v1beta1": CronJob is no longer served in batch/v1beta1 (removed in Kubernetes 1.25) [api-version-removed]',
      'spec.concurrencyPolicy: Unsupported value: "Deny": supported values: "Allow", "Forbid", "Replace" [schema]',
    ]);
  });

  it('reports an unknown batch version and still checks the rest', () => {
    expect(lines(job((d) => ((d.apiVersion = 'batch/v2'), (d.spec.completions = 'x'))))).toEqual([
      'apiVersion: Unsupported value: "batch/v2": supported values: "batch/v1" [schema]',
      'spec.completions: Invalid value: "x": expected integer [schema]',
    ]);
  });

  it('accepts batch/v1', () => {
    expect(validateManifest(cronJob())).toEqual([]);
  });
});

describe('findings', () => {
  it('returns every problem at once, with docs of the kind', () => {
    const out = validateManifest(
      job((d) => {
        d.spec.completions = 'three';
        d.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes';
        d.spec.template.spec.containers[0].imageTag = 'x';
      }),
    );
    expect(out.map((v) => v.path).sort()).toEqual([
      'spec.completions',
      'spec.template.spec.containers[0].imagePullPolicy',
      'spec.template.spec.containers[0].imageTag',
    ]);
    for (const v of out) expect(v).toMatchObject({ rule: 'schema', severity: 'error', docs: JOB_DOCS });
  });

  it('uses CronJob paths and docs for a CronJob', () => {
    const [v] = validateManifest(cronJob((d) => (d.spec.jobTemplate.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes')));
    expect(v.path).toBe('spec.jobTemplate.spec.template.spec.containers[0].imagePullPolicy');
    expect(v.docs).toBe('https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/cron-job-v1/');
  });

  it('accepts the version forms resolveKubernetesVersion accepts', () => {
    expect(validateManifest(job(), { kubernetesVersion: 'v1.30.2' })).toEqual([]);
  });

  it('throws for an unsupported target version', () => {
    expect(() => validateManifest(job(), { kubernetesVersion: '1.20' })).toThrow(UnsupportedKubernetesVersionError);
  });

  it('reports a field the target version does not have (successPolicy on 1.29)', () => {
    const doc = job((d) => (d.spec.successPolicy = { rules: [{ succeededCount: 1 }] }));
    expect(lines(doc, '1.29')).toEqual(['spec.successPolicy: Forbidden: unknown field [schema]']);
    expect(lines(doc, '1.31')).toEqual([]);
  });
});
