import type { Rule } from '../rule';
import { cronjobConcurrencyPolicy } from './cronjob-concurrency-policy';
import { cronjobIndexedJobName } from './cronjob-indexed-job-name';
import { cronjobJobTemplateSelector } from './cronjob-job-template-selector';
import { cronjobNameLength } from './cronjob-name-length';
import { cronjobNonNegativeFields } from './cronjob-non-negative-fields';
import { cronjobSchedule } from './cronjob-schedule';
import { cronjobScheduleNeverFires } from './cronjob-schedule-never-fires';
import { cronjobTimeZone } from './cronjob-time-zone';

/** The cronjob rules, in the order they run. Keep in step with the files in this folder. */
export const CRONJOB_RULES: readonly Rule[] = [
  // errors, in the order of ValidateCronJobCreate / validateCronJobSpec
  cronjobSchedule,
  cronjobNonNegativeFields,
  cronjobTimeZone,
  cronjobConcurrencyPolicy,
  cronjobJobTemplateSelector,
  cronjobNameLength,
  // warnings
  cronjobScheduleNeverFires,
  cronjobIndexedJobName,
];
