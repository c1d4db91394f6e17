/** kubernetes.io anchors on the CronJob page, shared by the CronJob rules and construct docs. */
const PAGE = 'https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/';

export const CRONJOB_DOCS = {
  spec: `${PAGE}#writing-a-cronjob-spec`,
  schedule: `${PAGE}#schedule-syntax`,
  timeZones: `${PAGE}#time-zones`,
  tzInSchedule: `${PAGE}#unsupported-timezone-specification`,
  jobTemplate: `${PAGE}#job-template`,
  startingDeadline: `${PAGE}#starting-deadline`,
  concurrencyPolicy: `${PAGE}#concurrency-policy`,
  historyLimits: `${PAGE}#jobs-history-limits`,
} as const;
