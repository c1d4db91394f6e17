import { ApiObject, Duration, JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { OneShotJob, PodFailurePolicyRule, PodReplacementPolicy, formatViolation, lintManifest, type OneShotJobProps } from '../../lib';
import { errorsOf, manifestOf, synthError, testChart, toYaml, warningsOf } from './support';

const containers = [{ name: 'main', image: 'migrate:latest', args: ['up'] }];

describe('OneShotJob', () => {
  it('synthesizes a one-pod Job (snapshot)', async () => {
    const chart = testChart();
    new OneShotJob(chart, 'Migrate', { metadata: { name: 'db-migration' }, containers, backoffLimit: 2, ttlAfterFinished: Duration.hours(1) });
    await expect(toYaml(Testing.synth(chart))).toMatchFileSnapshot('./__snapshots__/one-shot-job.k8s.yaml');
  });

  it('leaves completions and parallelism to Kubernetes (both default to 1)', () => {
    const job = new OneShotJob(testChart(), 'Job', { containers });
    const spec = manifestOf(job).spec;
    expect(spec.completions).toBeUndefined();
    expect(spec.parallelism).toBeUndefined();
    expect(spec.selector).toBeUndefined();
    expect(spec.manualSelector).toBeUndefined();
  });

  it('defaults restartPolicy to OnFailure, so failed pods are rerun in place', () => {
    const job = new OneShotJob(testChart(), 'Job', { containers });
    expect(manifestOf(job).spec.template.spec.restartPolicy).toBe('OnFailure');
    expect(job.restartPolicy).toBe(kplus.RestartPolicy.ON_FAILURE);
  });

  it('defaults restartPolicy to Never with a pod failure policy, as the API server requires', () => {
    const job = new OneShotJob(testChart(), 'Job', { containers, podFailurePolicy: [PodFailurePolicyRule.ignoreDisruptions()] });
    expect(manifestOf(job).spec.template.spec.restartPolicy).toBe('Never');
  });

  it('keeps an explicit restartPolicy', () => {
    const job = new OneShotJob(testChart(), 'Job', { containers, restartPolicy: kplus.RestartPolicy.NEVER });
    expect(manifestOf(job).spec.template.spec.restartPolicy).toBe('Never');
  });

  it('emits the common JobSpec fields with their wire names', () => {
    const job = new OneShotJob(testChart(), 'Job', {
      containers,
      backoffLimit: 3,
      activeDeadline: Duration.minutes(10),
      ttlAfterFinished: Duration.seconds(100),
      suspend: true,
      podReplacementPolicy: PodReplacementPolicy.FAILED,
      managedBy: 'example.com/controller',
      podFailurePolicy: [PodFailurePolicyRule.failJobOnExitCodes('main', [42])],
    });
    const spec = manifestOf(job).spec;
    expect(spec.backoffLimit).toBe(3);
    expect(spec.activeDeadlineSeconds).toBe(600);
    expect(spec.ttlSecondsAfterFinished).toBe(100);
    expect(spec.suspend).toBe(true);
    expect(spec.podReplacementPolicy).toBe('Failed');
    expect(spec.managedBy).toBe('example.com/controller');
    expect(spec.podFailurePolicy).toEqual({ rules: [{ action: 'FailJob', onExitCodes: { containerName: 'main', operator: 'In', values: [42] } }] });
  });

  it('emits a manual selector with manualSelector: true and copies its labels onto the pod template', () => {
    const job = new OneShotJob(testChart(), 'Job', { containers, manualSelector: true, selector: { matchLabels: { 'controller-uid': 'abc' } } });
    const spec = manifestOf(job).spec;
    expect(spec.manualSelector).toBe(true);
    expect(spec.selector).toEqual({ matchLabels: { 'controller-uid': 'abc' } });
    expect(spec.template.metadata.labels['controller-uid']).toBe('abc');
  });

  it('synthesizes containers added after construction', () => {
    const job = new OneShotJob(testChart(), 'Job');
    job.addContainer({ image: 'busybox' });
    expect(manifestOf(job).spec.template.spec.containers).toHaveLength(1);
  });

  it('fails when plain JavaScript passes completions or parallelism (never dropped silently)', () => {
    const props = { containers, completions: 3 } as unknown as OneShotJobProps;
    expect(() => new OneShotJob(testChart(), 'Job', props)).toThrowErrorMatchingInlineSnapshot(
      `[Error: OneShotJob does not take 'completions' (got 3): pick the construct of the pattern: ParallelJob (completions), WorkQueueJob (a worker pool), IndexedJob (indexes, per-index backoff, success policy)]`,
    );
    expect(() => new OneShotJob(testChart(), 'Job', { containers, parallelism: 2 } as unknown as OneShotJobProps)).toThrow(/'parallelism'/);
    expect(() => new OneShotJob(testChart(), 'Job', { containers, successPolicy: [] } as unknown as OneShotJobProps)).toThrow(/'successPolicy'/);
  });

  it('fails at synth with cdk8s-plus own error when the pod has no container', () => {
    const chart = testChart();
    new OneShotJob(chart, 'Job');
    expect(() => Testing.synth(chart)).toThrowErrorMatchingInlineSnapshot(
      `[Error: Failed serializing construct at path 'test/Job/Resource' with name 'test-job-c8ab3340': Error: PodSpec must have at least 1 container]`,
    );
  });

  it('fails at synth with cdk8s own error for a Duration that is not whole seconds', () => {
    const chart = testChart();
    new OneShotJob(chart, 'Job', { containers, activeDeadline: Duration.millis(1500) });
    expect(() => Testing.synth(chart)).toThrow(/whole number of seconds/);
  });
});

// These wait on the engine's rules: job-restart-policy, job-non-negative-fields,
// pod-failure-policy-restart-policy, manual-selector-required, selector-matches-template,
// feature-gated-field, managed-by-format.
describe('OneShotJob synth-time errors', () => {
  it('reports restartPolicy Always passed from plain JavaScript [job-restart-policy]', () => {
    const chart = testChart();
    const job = new OneShotJob(chart, 'Job', { containers, restartPolicy: 'Always' } as unknown as OneShotJobProps);
    expect(errorsOf(job)).toContainEqual({ rule: 'job-restart-policy', path: 'spec.template.spec.restartPolicy' });
    expect(synthError(chart)).toMatch(/^Validation failed with the following errors:\n {2}\[test\/Job\] spec\.template\.spec\.restartPolicy: .*\[job-restart-policy\]\n {4}hint: /);
  });

  it('pins the full synth message: cdk8s path prefix, then formatViolation of each error', () => {
    const chart = testChart();
    const job = new OneShotJob(chart, 'Job', { containers, restartPolicy: 'Always' } as unknown as OneShotJobProps);
    const violations = lintManifest(manifestOf(job)).filter((v) => v.severity === 'error');
    expect(violations.length).toBeGreaterThan(0);
    expect(synthError(chart)).toBe(`Validation failed with the following errors:\n  ${violations.map((v) => `[test/Job] ${formatViolation(v, undefined, 'construct')}`).join('\n  ')}`);
  });

  it('reports a negative backoffLimit [job-non-negative-fields]', () => {
    const job = new OneShotJob(testChart(), 'Job', { containers, backoffLimit: -1 });
    expect(errorsOf(job)).toContainEqual({ rule: 'job-non-negative-fields', path: 'spec.backoffLimit' });
  });

  it('reports restartPolicy OnFailure with a pod failure policy [pod-failure-policy-restart-policy]', () => {
    const job = new OneShotJob(testChart(), 'Job', {
      containers,
      restartPolicy: kplus.RestartPolicy.ON_FAILURE,
      podFailurePolicy: [PodFailurePolicyRule.ignoreDisruptions()],
    });
    expect(errorsOf(job)).toContainEqual({ rule: 'pod-failure-policy-restart-policy', path: 'spec.template.spec.restartPolicy' });
  });

  it('reports a selector patched in without manualSelector [manual-selector-required]', () => {
    const job = new OneShotJob(testChart(), 'Job', { containers });
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/selector', { matchLabels: { a: 'b' } }));
    expect(errorsOf(job).map((e) => e.rule)).toContain('manual-selector-required');
  });

  it('reports a JSON patch that breaks the selector match [selector-matches-template]', () => {
    const job = new OneShotJob(testChart(), 'Job', { containers, manualSelector: true, selector: { matchLabels: { a: 'b' } } });
    ApiObject.of(job).addJsonPatch(JsonPatch.replace('/spec/template/metadata/labels/a', 'c'));
    expect(errorsOf(job)).toContainEqual({ rule: 'selector-matches-template', path: 'spec.template.metadata.labels' });
  });

  it('warns that managedBy has no effect on 1.30, naming the version that honours it [feature-gated-field]', () => {
    const chart = testChart('1.30');
    const job = new OneShotJob(chart, 'Job', { containers, managedBy: 'example.com/controller' });
    expect(errorsOf(job)).toEqual([]);
    expect(warningsOf(job)).toContainEqual({ rule: 'feature-gated-field', path: 'spec.managedBy', message: expect.stringMatching(/1\.32/) });
  });

  it('accepts managedBy on 1.32', () => {
    const chart = testChart('1.32');
    new OneShotJob(chart, 'Job', { containers, managedBy: 'example.com/controller' });
    expect(() => Testing.synth(chart)).not.toThrow();
  });

  it('reports a malformed managedBy [managed-by-format]', () => {
    const job = new OneShotJob(testChart('1.32'), 'Job', { containers, managedBy: 'not a path' });
    expect(errorsOf(job)).toContainEqual({ rule: 'managed-by-format', path: 'spec.managedBy' });
  });
});
