import { ApiObject, JsonPatch, Testing } from 'cdk8s';
import { describe, expect, it, vi } from 'vitest';
import { OneShotJob, RULES_CONTEXT_KEY, WARNINGS_CONTEXT_KEY } from '../../lib';
import { synthError, testChart } from './support';

describe('rule levels from the cdk8s-jobs:rules context', () => {
  it('makes a recommended check an error at synth', () => {
    const chart = testChart();
    chart.node.setContext(RULES_CONTEXT_KEY, { 'container-image-pinned': 'error' });
    new OneShotJob(chart, 'Job', { containers: [{ image: 'busybox:latest' }] });
    expect(synthError(chart)).toContain('spec.template.spec.containers[0].image: Invalid value: "busybox:latest": :latest can change between retries and runs of the Job [container-image-pinned]');
  });

  it('turns an API-server error off only with a reason', () => {
    const refused = testChart();
    refused.node.setContext(RULES_CONTEXT_KEY, { 'job-restart-policy': 'off' });
    const job = new OneShotJob(refused, 'Job', { containers: [{ image: 'busybox:1.36' }] });
    ApiObject.of(job).addJsonPatch(JsonPatch.remove('/spec/template/spec/restartPolicy'));
    expect(synthError(refused)).toMatch(/context cdk8s-jobs:rules: rules\.job-restart-policy: job-restart-policy is an API-server error/);

    const allowed = testChart();
    allowed.node.setContext(RULES_CONTEXT_KEY, { 'job-restart-policy': { level: 'off', reason: 'a mutating webhook sets it' } });
    const kept = new OneShotJob(allowed, 'Job', { containers: [{ image: 'busybox:1.36' }] });
    ApiObject.of(kept).addJsonPatch(JsonPatch.remove('/spec/template/spec/restartPolicy'));
    expect(() => Testing.synth(allowed)).not.toThrow();
  });

  it('refuses an unknown rule id with a "did you mean"', () => {
    const chart = testChart();
    chart.node.setContext(RULES_CONTEXT_KEY, { 'job-ttl-after-finish': 'off' });
    new OneShotJob(chart, 'Job', { containers: [{ image: 'busybox:1.36' }] });
    expect(synthError(chart)).toContain('rules.job-ttl-after-finish: unknown rule id; did you mean "job-ttl-after-finished"?');
  });
});

describe('hints at synth', () => {
  it('speak the constructs\' terms where the rule has them', () => {
    const chart = testChart();
    const job = new OneShotJob(chart, 'Job', { containers: [{ image: 'busybox:1.36' }] });
    ApiObject.of(job).addJsonPatch(JsonPatch.replace('/spec/template/spec/restartPolicy', 'Always'));
    const message = synthError(chart);
    expect(message).toContain('hint: use RestartPolicy.NEVER (new pod per retry) or RestartPolicy.ON_FAILURE (restart in place)');
    expect(message).not.toContain('set restartPolicy: Never');
  });
});

describe('ignore-check annotations on constructs', () => {
  it('silence a warning printed at synth', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const chart = testChart();
      chart.node.setContext(WARNINGS_CONTEXT_KEY, 'stderr');
      new OneShotJob(chart, 'Quiet', {
        metadata: { name: 'quiet-job', annotations: { 'ignore-check.cdk8s-jobs.io/container-image-pinned': 'rolling tag on purpose' } },
        containers: [{ image: 'busybox:latest' }],
      });
      new OneShotJob(chart, 'Loud', { metadata: { name: 'loud-job' }, containers: [{ image: 'busybox:latest' }] });
      Testing.synth(chart);
      const printed = write.mock.calls.map((c) => String(c[0])).filter((l) => l.includes('[container-image-pinned]') || l.includes('container-image-pinned]'));
      expect(printed.some((l) => l.includes('[test/Loud]'))).toBe(true);
      expect(printed.some((l) => l.includes('[test/Quiet]'))).toBe(false);
    } finally {
      write.mockRestore();
    }
  });
});
