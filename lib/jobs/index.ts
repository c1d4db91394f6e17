// The Job pattern constructs and what they share.
export * from './context';
export { CronJob, type CronJobProps } from './cron-job';
export { CronJobTemplate } from './cron-job-template';
export { IndexedJob, WORK_ITEM_FILE_ENV, type IndexedJobProps, type IndexedWorkItemsProps } from './indexed-job';
export { JobPerWorkItem, type JobPerWorkItemProps } from './job-per-work-item';
export {
  type CommonJobFields,
  type JobBehaviourOptions,
  type JobOptions,
  type JobRestartPolicy,
  type JobSelection,
  type JobSelector,
  type JobSpecFields,
  type PatternFields,
} from './job-spec';
export { OneShotJob, type OneShotJobProps } from './one-shot-job';
export { ParallelJob, type ParallelJobProps } from './parallel-job';
export { type IndexedOptions, type ParallelOptions, type WorkQueueOptions } from './patterns';
export { PodFailurePolicyRule, type ExitCodesOptions, type PodConditionPattern } from './pod-failure-policy';
export { type SuccessPolicyRule } from './success-policy';
export { validateOnSynth } from './validate-on-synth';
export { WORK_QUEUE_ENV, WorkQueue, type IWorkQueue, type WorkQueueAddress, type WorkQueueProps } from './work-queue';
export { WorkQueueJob, type WorkQueueJobProps } from './work-queue-job';
