import { jobActiveDeadline } from '../../../lib/rules/recommended/job-active-deadline';
import { ruleCases } from '../rule-cases';

ruleCases(jobActiveDeadline, {
  valid: [
    { name: 'activeDeadlineSeconds is set', jobSpec: { activeDeadlineSeconds: 600 } },
    // cronjob-concurrency-deadline reports the CronJob that allows overlapping runs instead
    { name: 'a CronJob allows concurrent runs', kinds: ['CronJob'], cronSpec: { concurrencyPolicy: 'Allow' } },
  ],
  invalid: [
    { name: 'activeDeadlineSeconds is unset', kinds: ['Job'], errors: ['spec.activeDeadlineSeconds'] },
    { name: 'a CronJob forbids concurrent runs and has no deadline', kinds: ['CronJob'], cronSpec: { concurrencyPolicy: 'Forbid' }, errors: ['spec.activeDeadlineSeconds'] },
  ],
});
