import { Chart, Testing } from 'cdk8s';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OneShotJob, WARNINGS_CONTEXT_KEY, type Violation } from '../../lib';
import { testChart } from './support';

// A warning the engine might return; the rule set is mocked so this does not depend on which
// warning rules exist.
const warning: Violation = {
  rule: 'example-warning',
  severity: 'warning',
  path: 'spec.ttlSecondsAfterFinished',
  message: 'Required value: finished Jobs are never cleaned up',
  hint: 'set ttlAfterFinished',
  docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#ttl-mechanism-for-finished-jobs',
};

vi.mock('../../lib/lint', () => ({ lintManifest: () => [warning] }));

describe('warnings at synth', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never fail synth and stay silent by default', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const chart = testChart();
    new OneShotJob(chart, 'Job', { containers: [{ image: 'busybox' }] });
    expect(() => Testing.synth(chart)).not.toThrow();
    expect(write).not.toHaveBeenCalled();
  });

  it('are printed to stderr once per object with cdk8s-jobs:warnings = "stderr"', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const app = Testing.app();
    app.node.setContext(WARNINGS_CONTEXT_KEY, 'stderr');
    const chart = new Chart(app, 'warn');
    new OneShotJob(chart, 'Job', { containers: [{ image: 'busybox' }] });
    Testing.synth(chart);
    Testing.synth(chart);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0][0]).toBe(
      'warning: [warn/Job] spec.ttlSecondsAfterFinished: Required value: finished Jobs are never cleaned up [warning example-warning]\n' +
        '    hint: set ttlAfterFinished\n' +
        '    docs: https://kubernetes.io/docs/concepts/workloads/controllers/job/#ttl-mechanism-for-finished-jobs\n',
    );
  });
});
