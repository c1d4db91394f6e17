import { perIndexBackoffRequiresIndexed } from '../../../lib/rules/job/per-index-backoff-requires-indexed';
import { ruleCases } from '../rule-cases';

const v = ['1.29', '1.36'];

ruleCases(perIndexBackoffRequiresIndexed, {
  valid: [
    { name: 'an Indexed Job uses them', versions: v, jobSpec: { completionMode: 'Indexed', completions: 3, backoffLimitPerIndex: 1, maxFailedIndexes: 1 } },
    { name: 'a NonIndexed Job sets them on 1.28 (dropped)', kinds: ['Job'], versions: ['1.28'], jobSpec: { backoffLimitPerIndex: 1 } },
  ],
  invalid: [
    { name: 'a NonIndexed CronJob template sets it on 1.28 (validated)', kinds: ['CronJob'], versions: ['1.28'], jobSpec: { backoffLimitPerIndex: 1 }, errors: ['spec.backoffLimitPerIndex'] },
    { name: 'a NonIndexed Job sets backoffLimitPerIndex', versions: v, jobSpec: { backoffLimitPerIndex: 1 }, errors: ['spec.backoffLimitPerIndex'] },
    {
      name: 'completionMode NonIndexed sets both',
      versions: v,
      jobSpec: { completionMode: 'NonIndexed', backoffLimitPerIndex: 1, maxFailedIndexes: 1 },
      errors: ['spec.backoffLimitPerIndex', 'spec.maxFailedIndexes'],
    },
  ],
});
