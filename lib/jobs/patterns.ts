import { CompletionMode } from '../k8s/enums';
import type { PatternFields } from './job-spec';
import type { SuccessPolicyRule } from './success-policy';
import type { IWorkQueue } from './work-queue';

/**
 * A fixed completion count: the Job succeeds after `completions` pods have succeeded.
 * Shared by `ParallelJob` and `CronJobTemplate.parallel()`.
 */
export interface ParallelOptions {
  /**
   * How many pods must succeed. Each pod is interchangeable (use `IndexedJob` when each needs
   * its own share of the work).
   *
   * Kubernetes name: `spec.completions`.
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#parallel-jobs
   */
  readonly completions: number;
  /**
   * Maximum number of pods running at the same time; 0 pauses the Job.
   *
   * Kubernetes name: `spec.parallelism`.
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#controlling-parallelism
   * @default - 1 (Kubernetes' default)
   */
  readonly parallelism?: number;
}

/**
 * A pool of workers that take items from a queue until it is empty; `spec.completions` is left
 * unset, as the work-queue pattern requires. Shared by `WorkQueueJob` and `CronJobTemplate.workQueue()`.
 */
export interface WorkQueueOptions {
  /**
   * How many workers run at the same time. Once any worker exits successfully no new one starts,
   * so workers must exit only when the queue is empty.
   *
   * Kubernetes name: `spec.parallelism`.
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#parallel-jobs
   */
  readonly parallelism: number;
  /**
   * The queue the workers read. Every container of the pod gets its address in the environment
   * variables listed in `WORK_QUEUE_ENV` (`WORK_QUEUE_HOST`, `WORK_QUEUE_PORT`, `WORK_QUEUE_URL`,
   * and `WORK_QUEUE_NAME` when the queue has a name). Use `new WorkQueue(...)` for the queue
   * service of the Kubernetes docs, or `WorkQueue.fromAddress(...)` for a queue that exists.
   * @default - no queue variables; the workers find their queue themselves
   */
  readonly queue?: IWorkQueue;
}

/**
 * Indexed completions: pod `i` of `completions` gets `JOB_COMPLETION_INDEX=i` and the Job
 * succeeds when every index has succeeded once. Shared by `IndexedJob` and `CronJobTemplate.indexed()`.
 */
export interface IndexedOptions {
  /**
   * Number of indexes (0 to `completions - 1`).
   *
   * Kubernetes name: `spec.completions`.
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#completion-mode
   */
  readonly completions: number;
  /**
   * Maximum number of pods running at the same time (at most 100000).
   *
   * Kubernetes name: `spec.parallelism`.
   * @default - 1 (Kubernetes' default)
   */
  readonly parallelism?: number;
  /**
   * Retries allowed per index, instead of one `backoffLimit` for the whole Job. Honoured from
   * Kubernetes 1.29 (gate JobBackoffLimitPerIndex).
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#backoff-limit-per-index
   * @default - unset: `backoffLimit` counts failures of all indexes together
   */
  readonly backoffLimitPerIndex?: number;
  /**
   * Fail the Job once more than this many indexes have failed; needs `backoffLimitPerIndex`.
   * @default - unset: the Job runs every index to the end
   */
  readonly maxFailedIndexes?: number;
  /**
   * Declare the Job succeeded early when one of these rules is met (Kubernetes 1.31+).
   *
   * Kubernetes name: `spec.successPolicy.rules`.
   * @default - the Job succeeds when every index has succeeded
   */
  readonly successPolicy?: readonly SuccessPolicyRule[];
}

/** Every pattern prop; each construct refuses (from plain JavaScript) those its type does not have. */
export const PATTERN_PROPS = ['completions', 'parallelism', 'completionMode', 'backoffLimitPerIndex', 'maxFailedIndexes', 'successPolicy'] as const;

/** The pattern props a construct does not take: all of them but `own`. */
export function patternPropsExcept(...own: Array<(typeof PATTERN_PROPS)[number]>): string[] {
  return PATTERN_PROPS.filter((p) => !own.includes(p));
}

/** Where each pattern prop belongs, for the refusal message. */
export const PICK_A_PATTERN =
  'pick the construct of the pattern: ParallelJob (completions), WorkQueueJob (a worker pool), IndexedJob (indexes, per-index backoff, success policy)';

/** JobSpec fields of the one-shot pattern: none (Kubernetes defaults completions and parallelism to 1). */
export function oneShotFields(): PatternFields {
  return {};
}

/** JobSpec fields of a fixed completion count. */
export function parallelFields(options: ParallelOptions): PatternFields {
  return { completions: options.completions, parallelism: options.parallelism };
}

/** JobSpec fields of a work queue: parallelism only. */
export function workQueueFields(options: WorkQueueOptions): PatternFields {
  return { parallelism: options.parallelism };
}

/** JobSpec fields of indexed completions. */
export function indexedFields(options: IndexedOptions): PatternFields {
  return {
    completionMode: CompletionMode.INDEXED,
    completions: options.completions,
    parallelism: options.parallelism,
    backoffLimitPerIndex: options.backoffLimitPerIndex,
    maxFailedIndexes: options.maxFailedIndexes,
    successPolicy: options.successPolicy,
  };
}
