import { Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { ParallelJob, type ParallelJobProps } from '../../lib';
import { errorsOf, manifestOf, synthError, testChart, toYaml } from './support';

const containers = [{ name: 'processor', image: 'data-processor:latest', args: ['process', 'dataset'] }];

describe('ParallelJob', () => {
  it('synthesizes a fixed completion count (snapshot)', async () => {
    const chart = testChart();
    new ParallelJob(chart, 'Processing', { metadata: { name: 'data-processing' }, completions: 10, parallelism: 5, containers });
    await expect(toYaml(Testing.synth(chart))).toMatchFileSnapshot('./__snapshots__/parallel-job.k8s.yaml');
  });

  it('emits completions and parallelism, NonIndexed by default', () => {
    const job = new ParallelJob(testChart(), 'Job', { completions: 10, parallelism: 5, containers });
    const spec = manifestOf(job).spec;
    expect(spec.completions).toBe(10);
    expect(spec.parallelism).toBe(5);
    expect(spec.completionMode).toBeUndefined();
    expect(job.completions).toBe(10);
    expect(job.parallelism).toBe(5);
  });

  it('leaves parallelism to Kubernetes (1) when not given', () => {
    const job = new ParallelJob(testChart(), 'Job', { completions: 3, containers });
    expect(manifestOf(job).spec.parallelism).toBeUndefined();
  });

  it('accepts parallelism 0 (a paused Job)', () => {
    const chart = testChart();
    new ParallelJob(chart, 'Job', { completions: 3, parallelism: 0, containers });
    expect(() => Testing.synth(chart)).not.toThrow();
  });

  it('fails when plain JavaScript passes an Indexed-only prop (never dropped silently)', () => {
    const props = { completions: 3, containers, completionMode: 'Indexed' } as unknown as ParallelJobProps;
    expect(() => new ParallelJob(testChart(), 'Job', props)).toThrow(/ParallelJob does not take 'completionMode' \(got "Indexed"\): pick the construct of the pattern/);
    const perIndex = { completions: 3, containers, backoffLimitPerIndex: 1 } as unknown as ParallelJobProps;
    expect(() => new ParallelJob(testChart(), 'Job', perIndex)).toThrow(/'backoffLimitPerIndex'/);
  });

  it('defaults restartPolicy to OnFailure', () => {
    const job = new ParallelJob(testChart(), 'Job', { completions: 3, containers });
    expect(manifestOf(job).spec.template.spec.restartPolicy).toBe(kplus.RestartPolicy.ON_FAILURE);
  });
});

// These wait on the engine's rule job-non-negative-fields.
describe('ParallelJob synth-time errors', () => {
  it('reports negative completions and parallelism, all at once [job-non-negative-fields]', () => {
    const chart = testChart();
    const job = new ParallelJob(chart, 'Job', { completions: -1, parallelism: -2, containers });
    expect(errorsOf(job)).toEqual(
      expect.arrayContaining([
        { rule: 'job-non-negative-fields', path: 'spec.completions' },
        { rule: 'job-non-negative-fields', path: 'spec.parallelism' },
      ]),
    );
    const message = synthError(chart);
    expect(message).toMatch(/\[test\/Job\] spec\.completions: Invalid value: -1: must be greater than or equal to 0 \[job-non-negative-fields\]/);
    expect(message).toMatch(/\[test\/Job\] spec\.parallelism: Invalid value: -2: must be greater than or equal to 0 \[job-non-negative-fields\]/);
  });
});
