import { asInt } from '../../manifest/access';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validatesField, type GatedFeatureName } from '../support/gates';
import { NON_NEGATIVE } from '../support/text';

/** The JobSpec integers validateJobSpec checks with ValidateNonnegativeField, and their gate if any. */
const FIELDS: ReadonlyArray<{ readonly field: string; readonly gate?: GatedFeatureName }> = [
  { field: 'parallelism' },
  { field: 'completions' },
  { field: 'activeDeadlineSeconds' },
  { field: 'backoffLimit' },
  { field: 'ttlSecondsAfterFinished' },
  { field: 'backoffLimitPerIndex', gate: 'backoffLimitPerIndex' },
  { field: 'maxFailedIndexes', gate: 'maxFailedIndexes' },
];

/** Rules 20–26. */
export const jobNonNegativeFields = defineRule({
  id: 'job-non-negative-fields',
  severity: 'error',
  summary: 'the counts, limits and deadlines of a JobSpec must not be negative',
  docs: DOCS.jobSpec,
  appliesTo: ['Job', 'CronJob'],
  refs: [
    'job.parallelism.nonNegative',
    'job.completions.nonNegative',
    'job.activeDeadlineSeconds.nonNegative',
    'job.backoffLimit.nonNegative',
    'job.ttlSecondsAfterFinished.nonNegative',
    'job.backoffLimitPerIndex.nonNegative',
    'job.maxFailedIndexes.nonNegative',
  ],
  hint: 'use 0 or a positive number, or leave the field out for the default',
  check(view) {
    const out: Finding[] = [];
    // Indexed: runs on every document, and a for-of pays the iterator protocol until V8 optimises it.
    for (let i = 0; i < FIELDS.length; i++) {
      const { field, gate } = FIELDS[i];
      if (gate && !validatesField(view, gate)) continue;
      const value = asInt(view.spec[field]);
      if (value !== undefined && value < 0) out.push(invalid(view.at(field), value, NON_NEGATIVE));
    }
    return out;
  },
});
