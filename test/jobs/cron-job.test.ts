import { ApiObject, Cron, Duration, JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { CronJob, CronJobTemplate, PodFailurePolicyRule, WorkQueue, type CronJobProps } from '../../lib';
import { errorsOf, manifestOf, synthError, testChart, toYaml } from './support';

const containers = [{ name: 'cleanup', image: 'cleanup-tool:latest', args: ['--delete', '/var/log/old'] }];

describe('CronJob', () => {
  it('synthesizes a nightly one-shot CronJob (snapshot)', async () => {
    const chart = testChart();
    new CronJob(chart, 'Cleanup', { metadata: { name: 'log-cleanup' }, schedule: '0 2 * * *', timeZone: 'Europe/Paris', containers });
    await expect(toYaml(Testing.synth(chart))).toMatchFileSnapshot('./__snapshots__/cron-job.k8s.yaml');
  });

  it('accepts a cdk8s Cron or a string schedule', () => {
    expect(manifestOf(new CronJob(testChart(), 'A', { schedule: Cron.daily(), containers })).spec.schedule).toBe('0 0 * * *');
    expect(manifestOf(new CronJob(testChart(), 'B', { schedule: '@hourly', containers })).spec.schedule).toBe('@hourly');
  });

  it('keeps cdk8s-plus defaults where they differ from Kubernetes (Forbid, 10 s deadline)', () => {
    const cronJob = new CronJob(testChart(), 'Cron', { schedule: '@daily', containers });
    const spec = manifestOf(cronJob).spec;
    expect(spec.concurrencyPolicy).toBe('Forbid');
    expect(spec.startingDeadlineSeconds).toBe(10);
    expect(spec.successfulJobsHistoryLimit).toBe(3);
    expect(spec.failedJobsHistoryLimit).toBe(1);
    expect(spec.suspend).toBe(false);
    expect(cronJob.concurrencyPolicy).toBe(kplus.ConcurrencyPolicy.FORBID);
  });

  it('emits the CronJob fields', () => {
    const spec = manifestOf(
      new CronJob(testChart(), 'Cron', {
        schedule: '*/5 * * * *',
        timeZone: 'Etc/UTC',
        concurrencyPolicy: kplus.ConcurrencyPolicy.REPLACE,
        startingDeadline: Duration.minutes(2),
        successfulJobsRetained: 5,
        failedJobsRetained: 2,
        suspend: true,
        containers,
      }),
    ).spec;
    expect(spec).toMatchObject({
      schedule: '*/5 * * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Replace',
      startingDeadlineSeconds: 120,
      successfulJobsHistoryLimit: 5,
      failedJobsHistoryLimit: 2,
      suspend: true,
    });
    expect(spec.jobTemplate.spec.suspend).toBeUndefined();
  });

  it('defaults to a one-shot job template with restartPolicy OnFailure', () => {
    const jobSpec = manifestOf(new CronJob(testChart(), 'Cron', { schedule: '@daily', containers })).spec.jobTemplate.spec;
    expect(jobSpec.completions).toBeUndefined();
    expect(jobSpec.parallelism).toBeUndefined();
    expect(jobSpec.template.spec.restartPolicy).toBe('OnFailure');
  });

  it('emits each job pattern in spec.jobTemplate.spec', () => {
    const at = (jobTemplate: CronJobTemplate) => manifestOf(new CronJob(testChart(), 'Cron', { schedule: '@daily', containers, jobTemplate })).spec.jobTemplate.spec;
    expect(at(CronJobTemplate.parallel({ completions: 3, parallelism: 2 }))).toMatchObject({ completions: 3, parallelism: 2 });
    const workQueue = at(CronJobTemplate.workQueue({ parallelism: 5 }));
    expect(workQueue.parallelism).toBe(5);
    expect('completions' in workQueue).toBe(false);
    expect(at(CronJobTemplate.indexed({ completions: 4 }))).toMatchObject({ completionMode: 'Indexed', completions: 4 });
  });

  it('emits the common job fields in the template (restartPolicy Never with a pod failure policy)', () => {
    const jobSpec = manifestOf(
      new CronJob(testChart(), 'Cron', { schedule: '@daily', containers, backoffLimit: 2, podFailurePolicy: [PodFailurePolicyRule.ignoreDisruptions()] }),
    ).spec.jobTemplate.spec;
    expect(jobSpec.backoffLimit).toBe(2);
    expect(jobSpec.podFailurePolicy.rules).toHaveLength(1);
    expect(jobSpec.template.spec.restartPolicy).toBe('Never');
  });

  it('gives work-queue workers the queue address', () => {
    const queue = WorkQueue.fromAddress({ host: 'queue', port: 8080 });
    const cronJob = new CronJob(testChart(), 'Cron', { schedule: '@daily', containers, jobTemplate: CronJobTemplate.workQueue({ parallelism: 3, queue }) });
    cronJob.addContainer({ name: 'second', image: 'busybox' });
    for (const container of manifestOf(cronJob).spec.jobTemplate.spec.template.spec.containers) {
      expect(container.env).toContainEqual({ name: 'WORK_QUEUE_URL', value: 'http://queue:8080' });
    }
  });

  it('fails when plain JavaScript passes completions (use jobTemplate)', () => {
    const props = { schedule: '@daily', containers, completions: 3 } as unknown as CronJobProps;
    expect(() => new CronJob(testChart(), 'Cron', props)).toThrow(/CronJob does not take 'completions' \(got 3\): set the pattern with jobTemplate/);
  });

  it('fails with cdk8s-plus own error for a starting deadline under 10 s', () => {
    expect(() => new CronJob(testChart(), 'Cron', { schedule: '@daily', containers, startingDeadline: Duration.seconds(5) })).toThrow(/startingDeadline/);
  });
});

// These wait on the engine's rules cronjob-schedule, cronjob-time-zone, cronjob-name-length,
// cronjob-job-template-selector, job-restart-policy and job-non-negative-fields.
describe('CronJob synth-time errors', () => {
  it('reports a six-field schedule [cronjob-schedule]', () => {
    const chart = testChart();
    const cronJob = new CronJob(chart, 'Cron', { schedule: '0 0 2 * * *', containers });
    expect(errorsOf(cronJob)).toContainEqual({ rule: 'cronjob-schedule', path: 'spec.schedule' });
    expect(synthError(chart)).toContain('[test/Cron] spec.schedule: Invalid value: "0 0 2 * * *": expected exactly 5 fields, found 6: [0 0 2 * * *] [cronjob-schedule]');
  });

  it('reports an out-of-range Cron field [cronjob-schedule]', () => {
    const cronJob = new CronJob(testChart(), 'Cron', { schedule: Cron.schedule({ minute: '99' }), containers });
    expect(errorsOf(cronJob)).toContainEqual({ rule: 'cronjob-schedule', path: 'spec.schedule' });
  });

  it('reports an unknown time zone [cronjob-time-zone]', () => {
    const chart = testChart();
    const cronJob = new CronJob(chart, 'Cron', { schedule: '@daily', timeZone: 'Mars/Olympus', containers });
    expect(errorsOf(cronJob)).toContainEqual({ rule: 'cronjob-time-zone', path: 'spec.timeZone' });
    expect(synthError(chart)).toContain('[test/Cron] spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus [cronjob-time-zone]');
  });

  it('reports a name over 52 characters [cronjob-name-length]', () => {
    const cronJob = new CronJob(testChart(), 'Cron', { metadata: { name: 'n'.repeat(53) }, schedule: '@daily', containers });
    expect(errorsOf(cronJob)).toContainEqual({ rule: 'cronjob-name-length', path: 'metadata.name' });
  });

  it('reports a selector passed by plain JavaScript [cronjob-job-template-selector]', () => {
    const props = { schedule: '@daily', containers, manualSelector: true, selector: { matchLabels: { a: 'b' } } } as unknown as CronJobProps;
    const cronJob = new CronJob(testChart(), 'Cron', props);
    expect(errorsOf(cronJob).map((e) => e.rule)).toContain('cronjob-job-template-selector');
  });

  it('reports restartPolicy Always patched into the template [job-restart-policy]', () => {
    const cronJob = new CronJob(testChart(), 'Cron', { schedule: '@daily', containers });
    ApiObject.of(cronJob).addJsonPatch(JsonPatch.replace('/spec/jobTemplate/spec/template/spec/restartPolicy', 'Always'));
    expect(errorsOf(cronJob)).toContainEqual({ rule: 'job-restart-policy', path: 'spec.jobTemplate.spec.template.spec.restartPolicy' });
  });

  it('reports a negative parallelism in the template [job-non-negative-fields]', () => {
    const cronJob = new CronJob(testChart(), 'Cron', { schedule: '@daily', containers, jobTemplate: CronJobTemplate.workQueue({ parallelism: -3 }) });
    expect(errorsOf(cronJob)).toContainEqual({ rule: 'job-non-negative-fields', path: 'spec.jobTemplate.spec.parallelism' });
  });
});
