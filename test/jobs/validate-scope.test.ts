import { ApiObject, App, Chart, JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OneShotJob, WARNINGS_CONTEXT_KEY, validateOnSynth } from '../../lib';
import { isLintedApiObject } from '../../lib/jobs/linted-api-object';

/** A plain cdk8s-plus Job: restartPolicy defaults to Never there, so break it explicitly. */
function plainJob(scope: Chart, id: string): kplus.Job {
  return new kplus.Job(scope, id, { containers: [{ image: 'busybox' }], restartPolicy: kplus.RestartPolicy.ALWAYS });
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synth to fail');
}

describe('validateOnSynth(scope)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses a plain cdk8s-plus Job of the chart, naming its construct path', () => {
    const chart = new Chart(Testing.app(), 'batch');
    validateOnSynth(chart);
    plainJob(chart, 'plain');
    const message = errorOf(() => Testing.synth(chart));
    expect(message).toMatch(/\[batch\] batch\/plain\/Resource: spec\.template\.spec\.restartPolicy: .*\[job-restart-policy\]/);
    expect(message.match(/job-restart-policy/g)).toHaveLength(1);
  });

  it('refuses a plain cdk8s ApiObject CronJob, JSON patches included', () => {
    const chart = new Chart(Testing.app(), 'batch');
    validateOnSynth(chart);
    const cron = new ApiObject(chart, 'cron', {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly' },
      spec: { schedule: '0 0 * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox' }] } } } } },
    });
    expect(() => Testing.synth(chart)).not.toThrow();
    cron.addJsonPatch(JsonPatch.replace('/spec/schedule', '0 0 2 * * *'));
    expect(errorOf(() => Testing.synth(chart))).toMatch(/\[batch\] batch\/cron: spec\.schedule: Invalid value: "0 0 2 \* \* \*".*\[cronjob-schedule\]/);
  });

  it('ignores non-batch objects and finds objects added after the call', () => {
    const app = new App();
    validateOnSynth(app);
    const chart = new Chart(app, 'late');
    new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx' }] });
    expect(() => app.synthYaml()).not.toThrow();
    plainJob(chart, 'plain');
    expect(errorOf(() => app.synthYaml())).toMatch(/\[\] late\/plain\/Resource: spec\.template\.spec\.restartPolicy/);
  });

  it('checks each object once: on an app and a chart, and beside the library constructs', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'batch');
    validateOnSynth(app);
    validateOnSynth(chart);
    validateOnSynth(chart);
    plainJob(chart, 'plain');
    new OneShotJob(chart, 'ours', { containers: [{ image: 'busybox' }], backoffLimit: -1 });
    const message = errorOf(() => app.synthYaml());
    expect(message.match(/job-restart-policy/g)).toHaveLength(1);
    expect(message.match(/job-non-negative-fields/g)).toHaveLength(1);
    expect(message).toContain('[batch/ours] spec.backoffLimit');
  });

  it('prints the warnings of plain objects with their construct path', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const chart = new Chart(Testing.app(), 'batch');
    validateOnSynth(chart);
    // 30 February: accepted by the API server, never fires
    new kplus.CronJob(chart, 'never', { schedule: { expressionString: '0 0 30 2 *' } as never, containers: [{ image: 'busybox' }] });
    expect(() => Testing.synth(chart)).not.toThrow();
    const lines = write.mock.calls.map((c) => String(c[0]));
    // The recommended checks (no TTL, unpinned image, ...) warn about this CronJob too.
    expect(lines.filter((l) => l.includes('[cronjob-schedule-never-fires]'))).toHaveLength(1);
    for (const line of lines) {
      expect(line).toMatch(/^cdk8s-jobs warning: \[batch\/never\/Resource\] /);
      expect(line.trimEnd()).not.toContain('\n');
    }
    expect(lines.find((l) => l.includes('never-fires'))).toMatch(/\] spec\.schedule: /);
  });

  it('with warnings as errors, fails on them', () => {
    const app = Testing.app();
    app.node.setContext(WARNINGS_CONTEXT_KEY, 'error');
    const chart = new Chart(app, 'batch');
    validateOnSynth(chart);
    new kplus.CronJob(chart, 'never', { schedule: { expressionString: '0 0 30 2 *' } as never, containers: [{ image: 'busybox' }] });
    expect(errorOf(() => Testing.synth(chart))).toContain('cronjob-schedule-never-fires');
  });
});

describe('isLintedApiObject', () => {
  it('is false for a plain cdk8s-plus Job (ApiObject overrides instanceof) and true for ours', () => {
    const chart = new Chart(Testing.app(), 'c');
    const plain = plainJob(chart, 'plain');
    const ours = new OneShotJob(chart, 'ours', { containers: [{ image: 'busybox' }] });
    expect(isLintedApiObject(ApiObject.of(plain))).toBe(false);
    expect(isLintedApiObject(ApiObject.of(ours))).toBe(true);
  });
});
