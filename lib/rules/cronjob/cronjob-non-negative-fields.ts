import { CRONJOB_DOCS } from '../../cron/docs';
import { asInt } from '../../manifest/access';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';

// k8s pkg/apis/batch/validation/validation.go validateCronJobSpec: ValidateNonnegativeField.
const FIELDS = [
  {
    field: 'startingDeadlineSeconds',
    hint: 'set startingDeadlineSeconds to zero or more, or leave it out for no deadline',
    constructHint: 'set startingDeadline to a duration of zero or more, or leave it unset for no deadline',
  },
  {
    field: 'successfulJobsHistoryLimit',
    hint: 'set successfulJobsHistoryLimit to zero or more (Kubernetes default 3)',
    constructHint: 'set successfulJobsRetained to zero or more (Kubernetes default 3)',
  },
  {
    field: 'failedJobsHistoryLimit',
    hint: 'set failedJobsHistoryLimit to zero or more (Kubernetes default 1)',
    constructHint: 'set failedJobsRetained to zero or more (Kubernetes default 1)',
  },
] as const;

/** Rows 110, 112, 113: startingDeadlineSeconds and the history limits are not negative. */
export const cronjobNonNegativeFields = defineRule({
  id: 'cronjob-non-negative-fields',
  severity: 'error',
  summary: 'startingDeadlineSeconds and the history limits of a CronJob must not be negative',
  docs: CRONJOB_DOCS.historyLimits,
  appliesTo: ['CronJob'],
  triggers: ['cron.startingDeadlineSeconds', 'cron.successfulJobsHistoryLimit', 'cron.failedJobsHistoryLimit'],
  refs: [
    'cronjob.startingDeadlineSeconds.nonNegative',
    'cronjob.successfulJobsHistoryLimit.nonNegative',
    'cronjob.failedJobsHistoryLimit.nonNegative',
  ],
  check({ rawCronSpec = {} }) {
    const findings: Finding[] = [];
    for (let i = 0; i < FIELDS.length; i++) {
      const { field, hint, constructHint } = FIELDS[i];
      const value = asInt(rawCronSpec[field]);
      if (value !== undefined && value < 0) findings.push(invalid(`spec.${field}`, value, 'must be greater than or equal to 0', { hint, constructHint }));
    }
    return findings;
  },
});
