import { Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { IndexedJob, PodFailurePolicyRule, WORK_ITEM_FILE_ENV, type IndexedJobProps } from '../../lib';
import { errorsOf, manifestOf, synthError, testChart, toYaml, warningsOf } from './support';

const containers = [{ name: 'worker', image: 'busybox', command: ['sh', '-c', 'echo Job index: $(JOB_COMPLETION_INDEX)'] }];

describe('IndexedJob', () => {
  it('synthesizes an Indexed Job (snapshot)', async () => {
    const chart = testChart();
    new IndexedJob(chart, 'Indexed', { metadata: { name: 'indexed-job' }, completions: 3, parallelism: 3, containers });
    await expect(toYaml(Testing.synth(chart))).toMatchFileSnapshot('./__snapshots__/indexed-job.k8s.yaml');
  });

  it('emits completionMode Indexed with completions and parallelism', () => {
    const job = new IndexedJob(testChart(), 'Job', { completions: 3, parallelism: 2, containers });
    const spec = manifestOf(job).spec;
    expect(spec.completionMode).toBe('Indexed');
    expect(spec.completions).toBe(3);
    expect(spec.parallelism).toBe(2);
  });

  it('emits per-index backoff, maxFailedIndexes and the success policy', () => {
    const job = new IndexedJob(testChart('1.31'), 'Job', {
      completions: 10,
      backoffLimitPerIndex: 1,
      maxFailedIndexes: 5,
      successPolicy: [{ succeededIndexes: '0-2', succeededCount: 2 }],
      podFailurePolicy: [PodFailurePolicyRule.failIndexOnExitCodes('worker', [42])],
      containers,
    });
    const spec = manifestOf(job).spec;
    expect(spec.backoffLimitPerIndex).toBe(1);
    expect(spec.maxFailedIndexes).toBe(5);
    expect(spec.successPolicy).toEqual({ rules: [{ succeededIndexes: '0-2', succeededCount: 2 }] });
    expect(spec.podFailurePolicy.rules[0].action).toBe('FailIndex');
    expect(spec.template.spec.restartPolicy).toBe(kplus.RestartPolicy.NEVER);
  });

  it('fails when plain JavaScript passes a completionMode (always Indexed)', () => {
    const props = { completions: 3, containers, completionMode: 'NonIndexed' } as unknown as IndexedJobProps;
    expect(() => new IndexedJob(testChart(), 'Job', props)).toThrow(/IndexedJob does not take 'completionMode'/);
  });

  it('synthesizes per-index backoff on 1.31', () => {
    const chart = testChart('1.31');
    new IndexedJob(chart, 'Job', { completions: 10, backoffLimitPerIndex: 1, maxFailedIndexes: 5, successPolicy: [{ succeededCount: 2 }], containers });
    expect(() => Testing.synth(chart)).not.toThrow();
  });
});

describe('IndexedJob.withWorkItems (static work assignment)', () => {
  it('derives completions from the items and gives each pod its own item file (snapshot)', async () => {
    const chart = testChart();
    const job = IndexedJob.withWorkItems(chart, 'Render', {
      metadata: { name: 'render' },
      workItems: ['frame-001', 'frame-002', 'frame-003'],
      parallelism: 2,
      containers: [{ name: 'render', image: 'busybox', command: ['sh', '-c', 'echo rendering "$(cat "$WORK_ITEM_FILE")"'] }],
    });
    const [configMap, manifest] = [Testing.synth(chart).find((m) => m.kind === 'ConfigMap'), manifestOf(job)];
    expect(job.completions).toBe(3);
    expect(manifest.spec.completions).toBe(3);
    expect(manifest.spec.completionMode).toBe('Indexed');
    expect(configMap.data).toEqual({ 0: 'frame-001', 1: 'frame-002', 2: 'frame-003' });
    const container = manifest.spec.template.spec.containers[0];
    expect(container.volumeMounts).toEqual([{ mountPath: '/etc/work-items', name: 'work-items', readOnly: true }]);
    expect(container.env).toEqual([
      { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } },
      { name: WORK_ITEM_FILE_ENV, value: '/etc/work-items/$(JOB_COMPLETION_INDEX)' },
    ]);
    expect(manifest.spec.template.spec.volumes).toEqual([{ name: 'work-items', configMap: { name: configMap.metadata.name } }]);
    await expect(toYaml(Testing.synth(chart))).toMatchFileSnapshot('./__snapshots__/indexed-job-work-items.k8s.yaml');
  });
});

// These wait on the engine's rules indexed-completions-required, indexed-pod-hostname,
// job-non-negative-fields and feature-gated-field.
describe('IndexedJob synth-time errors', () => {
  it('reports completions omitted by plain JavaScript [indexed-completions-required]', () => {
    const chart = testChart();
    const job = new IndexedJob(chart, 'Job', { parallelism: 2, containers } as unknown as IndexedJobProps);
    expect(errorsOf(job)).toContainEqual({ rule: 'indexed-completions-required', path: 'spec.completions' });
    expect(synthError(chart)).toContain('[test/Job] spec.completions: Required value: when completion mode is Indexed [indexed-completions-required]');
  });

  it('reports a name that leaves no room for the pod hostname [indexed-pod-hostname]', () => {
    const job = new IndexedJob(testChart(), 'Job', { metadata: { name: 'a'.repeat(62) }, completions: 10, containers });
    expect(errorsOf(job)).toContainEqual({ rule: 'indexed-pod-hostname', path: 'metadata.name' });
  });

  it('warns that backoffLimitPerIndex has no effect on 1.28, naming 1.29 [feature-gated-field]', () => {
    const chart = testChart('1.28');
    const job = new IndexedJob(chart, 'Job', { completions: 3, backoffLimitPerIndex: 1, containers });
    expect(errorsOf(job)).toEqual([]);
    expect(warningsOf(job)).toContainEqual({ rule: 'feature-gated-field', path: 'spec.backoffLimitPerIndex', message: expect.stringMatching(/1\.29/) });
  });

  it('warns that successPolicy has no effect on 1.30, naming 1.31 [feature-gated-field]', () => {
    const chart = testChart('1.30');
    const job = new IndexedJob(chart, 'Job', { completions: 3, successPolicy: [{ succeededCount: 1 }], containers });
    expect(warningsOf(job)).toContainEqual({ rule: 'feature-gated-field', path: 'spec.successPolicy', message: expect.stringMatching(/1\.31/) });
  });

  it('refuses successPolicy on 1.29, where batch/v1 has no such field [schema]', () => {
    const chart = testChart('1.29');
    const job = new IndexedJob(chart, 'Job', { completions: 3, successPolicy: [{ succeededCount: 1 }], containers });
    expect(errorsOf(job)).toContainEqual({ rule: 'schema', path: 'spec.successPolicy' });
    expect(synthError(chart)).toMatch(/spec\.successPolicy: Forbidden: unknown field[^]*from Kubernetes 1\.30/);
  });
});
