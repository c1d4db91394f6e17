import { maxFailedIndexesRequiresBackoffLimitPerIndex } from '../../../lib/rules/job/max-failed-indexes-requires-backoff-limit-per-index';
import { ruleCases } from '../rule-cases';

const indexed = { completionMode: 'Indexed', completions: 4 };

ruleCases(maxFailedIndexesRequiresBackoffLimitPerIndex, {
  valid: [
    { name: 'both are set', versions: ['1.29', '1.36'], jobSpec: { ...indexed, backoffLimitPerIndex: 1, maxFailedIndexes: 2 } },
    { name: 'a Job sets maxFailedIndexes alone on 1.28 (dropped)', kinds: ['Job'], versions: ['1.28'], jobSpec: { ...indexed, maxFailedIndexes: 2 } },
  ],
  invalid: [
    { name: 'maxFailedIndexes is set alone', versions: ['1.29', '1.36'], jobSpec: { ...indexed, maxFailedIndexes: 2 }, errors: ['spec.backoffLimitPerIndex'] },
    { name: 'a CronJob template sets it alone on 1.28 (validated)', kinds: ['CronJob'], versions: ['1.28'], jobSpec: { ...indexed, maxFailedIndexes: 2 }, errors: ['spec.backoffLimitPerIndex'] },
  ],
});
