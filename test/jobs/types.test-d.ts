/**
 * Type-level guarantees of the Job constructs, checked by `npm run typecheck` (tsc includes
 * test/**): every `@ts-expect-error` line must fail to compile, or tsc reports the directive as
 * unused. Never executed.
 */
import { Chart, Cron, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  CronJob,
  CronJobTemplate,
  IndexedJob,
  JobPerWorkItem,
  OneShotJob,
  ParallelJob,
  PodFailurePolicyRule,
  WorkQueue,
  WorkQueueJob,
  type JobRestartPolicy,
  type OneShotJobProps,
} from '../../lib';

declare const chart: Chart;
const containers = [{ image: 'busybox' }];

export function accepted(): void {
  new OneShotJob(chart, 'a', { containers, restartPolicy: kplus.RestartPolicy.NEVER, backoffLimit: 2, activeDeadline: Duration.minutes(5) });
  new OneShotJob(chart, 'b', { containers, manualSelector: true, selector: { matchLabels: { a: 'b' } } });
  new OneShotJob(chart, 'c', { containers, manualSelector: false });
  new ParallelJob(chart, 'd', { containers, completions: 3 });
  new WorkQueueJob(chart, 'e', { containers, parallelism: 2, queue: WorkQueue.fromAddress({ host: 'q', port: 1 }) });
  new IndexedJob(chart, 'f', { containers, completions: 3, backoffLimitPerIndex: 1, maxFailedIndexes: 1, successPolicy: [{ succeededCount: 1 }] });
  IndexedJob.withWorkItems(chart, 'g', { containers, workItems: ['a', 'b'] });
  new JobPerWorkItem(chart, 'h', { items: [1, 2], job: () => ({ containers }) });
  new CronJob(chart, 'i', { containers, schedule: Cron.daily() });
  new CronJob(chart, 'j', { containers, schedule: '*/5 * * * *', jobTemplate: CronJobTemplate.workQueue({ parallelism: 5 }) });
  new OneShotJob(chart, 'k', { containers, podFailurePolicy: [PodFailurePolicyRule.failJobOnExitCodes('main', [42]), PodFailurePolicyRule.ignoreDisruptions()] });
  const policy: JobRestartPolicy = kplus.RestartPolicy.ON_FAILURE;
  void policy;
}

export function refused(): void {
  // @ts-expect-error a work-queue Job has no completions
  new WorkQueueJob(chart, 'a', { containers, parallelism: 2, completions: 4 });
  // @ts-expect-error a work-queue Job needs parallelism
  new WorkQueueJob(chart, 'b', { containers });
  // @ts-expect-error a one-shot Job has no completions
  new OneShotJob(chart, 'c', { containers, completions: 2 });
  // @ts-expect-error a one-shot Job has no parallelism
  new OneShotJob(chart, 'd', { containers, parallelism: 2 });
  // @ts-expect-error restartPolicy Always is not a Job restart policy
  new OneShotJob(chart, 'e', { containers, restartPolicy: kplus.RestartPolicy.ALWAYS });
  // @ts-expect-error not even as the wire string
  const always: JobRestartPolicy = 'Always';
  void always;
  // @ts-expect-error a selector needs manualSelector: true
  new OneShotJob(chart, 'f', { containers, selector: { matchLabels: { a: 'b' } } });
  // @ts-expect-error a selector with manualSelector: false
  new ParallelJob(chart, 'g', { containers, completions: 1, manualSelector: false, selector: { matchLabels: { a: 'b' } } });
  // @ts-expect-error manualSelector: true needs a selector
  new IndexedJob(chart, 'h', { containers, completions: 1, manualSelector: true });
  // @ts-expect-error an Indexed Job needs completions
  new IndexedJob(chart, 'i', { containers, parallelism: 2 });
  // @ts-expect-error a parallel Job needs completions
  new ParallelJob(chart, 'j', { containers, parallelism: 2 });
  // @ts-expect-error per-index backoff is for Indexed Jobs only
  new ParallelJob(chart, 'k', { containers, completions: 2, backoffLimitPerIndex: 1 });
  // @ts-expect-error a success policy is for Indexed Jobs only
  new OneShotJob(chart, 'l', { containers, successPolicy: [{ succeededCount: 1 }] });
  // @ts-expect-error work items derive completions
  IndexedJob.withWorkItems(chart, 'm', { containers, workItems: ['a'], completions: 1 });
  // @ts-expect-error a CronJob takes its pattern from jobTemplate, not completions
  new CronJob(chart, 'n', { containers, schedule: Cron.daily(), completions: 3 });
  // @ts-expect-error a CronJob job template has no selector
  new CronJob(chart, 'o', { containers, schedule: Cron.daily(), manualSelector: true, selector: { matchLabels: { a: 'b' } } });
  // @ts-expect-error the work-queue template has no completions
  CronJobTemplate.workQueue({ parallelism: 5, completions: 5 });
  // @ts-expect-error an indexed template needs completions
  CronJobTemplate.indexed({ parallelism: 5 });
  // @ts-expect-error a CronJob restartPolicy cannot be Always either
  new CronJob(chart, 'p', { containers, schedule: '@daily', restartPolicy: kplus.RestartPolicy.ALWAYS });
  // @ts-expect-error schedule is a Cron or a string
  new CronJob(chart, 'q', { containers, schedule: 5 });
  // @ts-expect-error template expansion emits one-shot Jobs: no completions in the item's props
  new JobPerWorkItem(chart, 'r', { items: [1], job: (): OneShotJobProps => ({ containers, completions: 2 }) });
  // @ts-expect-error time values are Durations, not seconds
  new OneShotJob(chart, 's', { containers, activeDeadline: 100 });
}
