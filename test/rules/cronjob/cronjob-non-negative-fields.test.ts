import { expect, it } from 'vitest';
import { cronCases, cronJob, messageOf } from './cronjob-cases';

const RULE = 'cronjob-non-negative-fields';

cronCases(RULE, {
  valid: [
    { name: 'zero everywhere', spec: { startingDeadlineSeconds: 0, successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 0 } },
    { name: 'positive values', spec: { startingDeadlineSeconds: 200, successfulJobsHistoryLimit: 10, failedJobsHistoryLimit: 5 } },
    { name: 'nulls (defaulted)', spec: { startingDeadlineSeconds: null, successfulJobsHistoryLimit: null } },
  ],
  invalid: [
    { name: 'startingDeadlineSeconds is negative', spec: { startingDeadlineSeconds: -1 }, errors: ['spec.startingDeadlineSeconds'] },
    { name: 'successfulJobsHistoryLimit is negative', spec: { successfulJobsHistoryLimit: -3 }, errors: ['spec.successfulJobsHistoryLimit'] },
    { name: 'failedJobsHistoryLimit is negative', spec: { failedJobsHistoryLimit: -1 }, errors: ['spec.failedJobsHistoryLimit'] },
    {
      name: 'all three are negative',
      spec: { startingDeadlineSeconds: -1, successfulJobsHistoryLimit: -1, failedJobsHistoryLimit: -1 },
      errors: ['spec.startingDeadlineSeconds', 'spec.successfulJobsHistoryLimit', 'spec.failedJobsHistoryLimit'],
    },
  ],
});

it('words the finding as ValidateNonnegativeField', () => {
  expect(messageOf(RULE, cronJob({ spec: { failedJobsHistoryLimit: -1 } }))).toBe(
    'error spec.failedJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0',
  );
});
