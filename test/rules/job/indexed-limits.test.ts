import { indexedLimits } from '../../../lib/rules/job/indexed-limits';
import { ruleCases } from '../rule-cases';

const idx = (spec: Record<string, unknown>) => ({ jobSpec: { completionMode: 'Indexed', ...spec } });
const v = ['1.29', '1.36'];

ruleCases(indexedLimits, {
  valid: [
    { name: 'parallelism is 100000', ...idx({ completions: 200000, parallelism: 100000 }) },
    { name: 'maxFailedIndexes equals completions', versions: v, ...idx({ completions: 5, backoffLimitPerIndex: 1, maxFailedIndexes: 5 }) },
    { name: 'high completions with limits', versions: v, ...idx({ completions: 200000, parallelism: 10000, backoffLimitPerIndex: 1, maxFailedIndexes: 10000 }) },
    { name: 'a NonIndexed Job with huge parallelism', jobSpec: { parallelism: 200000 } },
    { name: 'a Job has maxFailedIndexes above completions on 1.28 (dropped)', kinds: ['Job'], versions: ['1.28'], ...idx({ completions: 5, maxFailedIndexes: 6 }) },
  ],
  invalid: [
    { name: 'a CronJob template has maxFailedIndexes above completions on 1.28', kinds: ['CronJob'], versions: ['1.28'], ...idx({ completions: 5, maxFailedIndexes: 6 }), errors: ['spec.maxFailedIndexes'] },
    { name: 'parallelism is 100001', ...idx({ completions: 1, parallelism: 100001 }), errors: ['spec.parallelism'] },
    { name: 'maxFailedIndexes exceeds completions', versions: v, ...idx({ completions: 5, backoffLimitPerIndex: 1, maxFailedIndexes: 6 }), errors: ['spec.maxFailedIndexes'] },
    {
      name: 'maxFailedIndexes exceeds 100000',
      versions: v,
      ...idx({ completions: 100000, backoffLimitPerIndex: 1, maxFailedIndexes: 100001 }),
      errors: ['spec.maxFailedIndexes', 'spec.maxFailedIndexes'],
    },
    { name: 'high completions without maxFailedIndexes', versions: v, ...idx({ completions: 100001, backoffLimitPerIndex: 1 }), errors: ['spec.maxFailedIndexes'] },
    {
      name: 'high completions with high parallelism and maxFailedIndexes',
      versions: v,
      ...idx({ completions: 100001, parallelism: 10001, backoffLimitPerIndex: 1, maxFailedIndexes: 10001 }),
      errors: ['spec.parallelism', 'spec.maxFailedIndexes'],
    },
  ],
});
