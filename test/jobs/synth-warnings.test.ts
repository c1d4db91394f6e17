import { Chart, Testing } from 'cdk8s';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OneShotJob, WARNINGS_CONTEXT_KEY, type Violation } from '../../lib';

// A warning the engine might return; the rule set is mocked so this does not depend on which
// warning rules exist (test/jobs/validate-on-synth.test.ts has a real one).
const warning: Violation = {
  rule: 'example-warning',
  severity: 'warning',
  path: 'spec.ttlSecondsAfterFinished',
  message: 'Required value: finished Jobs are never cleaned up',
  hint: 'set ttlAfterFinished',
  docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#ttl-mechanism-for-finished-jobs',
};

vi.mock('../../lib/lint', () => ({ lintManifest: () => [warning] }));

function chartWithJob(mode?: unknown): Chart {
  const app = Testing.app();
  if (mode !== undefined) app.node.setContext(WARNINGS_CONTEXT_KEY, mode);
  const chart = new Chart(app, 'warn');
  new OneShotJob(chart, 'Job', { containers: [{ image: 'busybox' }] });
  return chart;
}

const LINE =
  'cdk8s-jobs warning: [warn/Job] spec.ttlSecondsAfterFinished: Required value: finished Jobs are never cleaned up [example-warning] (hint: set ttlAfterFinished)\n';

describe('warnings at synth', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are printed by default, one line per warning with the construct path, once per object', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const chart = chartWithJob();
    expect(() => Testing.synth(chart)).not.toThrow();
    Testing.synth(chart);
    expect(write.mock.calls).toEqual([[LINE]]);
  });

  it('"stderr" (the former name) prints as the default does', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    Testing.synth(chartWithJob('stderr'));
    expect(write.mock.calls).toEqual([[LINE]]);
  });

  it('"ignore" silences them', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => Testing.synth(chartWithJob('ignore'))).not.toThrow();
    expect(write).not.toHaveBeenCalled();
  });

  it('"error" turns them into errors that fail synth', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(() => Testing.synth(chartWithJob('error'))).toThrow(
      /\[warn\/Job\] spec\.ttlSecondsAfterFinished: Required value: finished Jobs are never cleaned up \[warning example-warning\]/,
    );
    expect(write).not.toHaveBeenCalled();
  });

  it('an unknown mode fails synth naming the accepted values', () => {
    expect(() => Testing.synth(chartWithJob('loud'))).toThrow(
      'context cdk8s-jobs:warnings: unsupported value "loud": use "print" (the default), "ignore" or "error"',
    );
  });

  it('stay one line when the construct path holds control characters', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const chart = new Chart(Testing.app(), 'warn');
    new OneShotJob(chart, 'a\nb\u001b[31m', { containers: [{ image: 'busybox' }] });
    Testing.synth(chart);
    expect(write).toHaveBeenCalledTimes(1);
    const line = String(write.mock.calls[0][0]);
    expect(line.slice(0, -1)).not.toMatch(/[\u0000-\u001f]/);
    expect(line).toContain('[warn/a--b\\u001b[31m]'); // constructs turns the newline into --
  });
});
