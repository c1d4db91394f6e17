import { describe, expect, it } from 'vitest';
import { jobNonNegativeFields } from '../../../lib/rules/job/job-non-negative-fields';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(jobNonNegativeFields, {
  valid: [
    { name: 'every field is 0', jobSpec: { parallelism: 0, completions: 0, activeDeadlineSeconds: 0, backoffLimit: 0, ttlSecondsAfterFinished: 0 } },
    { name: 'the per-index fields are 0', versions: ['1.29', '1.36'], jobSpec: { completionMode: 'Indexed', completions: 1, backoffLimitPerIndex: 0, maxFailedIndexes: 0 } },
    { name: 'a Job has negative per-index fields on 1.28 (dropped; feature-gated-field reports them)', kinds: ['Job'], versions: ['1.28'], jobSpec: { backoffLimitPerIndex: -1, maxFailedIndexes: -1 } },
  ],
  invalid: [
    {
      name: 'a CronJob template has negative per-index fields on 1.28 (validated)',
      kinds: ['CronJob'],
      versions: ['1.28'],
      jobSpec: { backoffLimitPerIndex: -1, maxFailedIndexes: -1 },
      errors: ['spec.backoffLimitPerIndex', 'spec.maxFailedIndexes'],
    },
    { name: 'parallelism is -1', jobSpec: { parallelism: -1 }, errors: ['spec.parallelism'] },
    { name: 'completions is -1', jobSpec: { completions: -1 }, errors: ['spec.completions'] },
    { name: 'activeDeadlineSeconds is -1', jobSpec: { activeDeadlineSeconds: -1 }, errors: ['spec.activeDeadlineSeconds'] },
    { name: 'backoffLimit is -1', jobSpec: { backoffLimit: -1 }, errors: ['spec.backoffLimit'] },
    { name: 'ttlSecondsAfterFinished is -1', jobSpec: { ttlSecondsAfterFinished: -1 }, errors: ['spec.ttlSecondsAfterFinished'] },
    { name: 'backoffLimitPerIndex is -1', versions: ['1.29', '1.36'], jobSpec: { backoffLimitPerIndex: -1 }, errors: ['spec.backoffLimitPerIndex'] },
    { name: 'maxFailedIndexes is -1', versions: ['1.29', '1.36'], jobSpec: { maxFailedIndexes: -1 }, errors: ['spec.maxFailedIndexes'] },
  ],
});

describe('job-non-negative-fields message', () => {
  it('uses ValidateNonnegativeField wording', () => {
    const [v] = runRule(jobNonNegativeFields, build('CronJob', { jobSpec: { parallelism: -1 } }));
    expect(`${v.path}: ${v.message}`).toMatchInlineSnapshot(`"spec.jobTemplate.spec.parallelism: Invalid value: -1: must be greater than or equal to 0"`);
  });
});
