import { describe, expect, it } from 'vitest';
import { indexedBackoffLimitDefault } from '../../../lib/rules/recommended/indexed-backoff-limit-default';
import { build, ruleCases, runRule } from '../rule-cases';

const indexed = { completionMode: 'Indexed', completions: 100, parallelism: 10, backoffLimitPerIndex: 2 };

ruleCases(indexedBackoffLimitDefault, {
  valid: [
    { name: 'maxFailedIndexes is set', versions: ['1.29', '1.36'], jobSpec: { ...indexed, maxFailedIndexes: 5 } },
    { name: 'backoffLimit is set', versions: ['1.29', '1.36'], jobSpec: { ...indexed, backoffLimit: 20 } },
    { name: 'no backoffLimitPerIndex', versions: ['1.29', '1.36'], jobSpec: { completionMode: 'Indexed', completions: 100 } },
    { name: 'the gate is off (1.28: feature-gated-field reports it)', versions: ['1.28'], jobSpec: indexed },
  ],
  invalid: [{ name: 'backoffLimit and maxFailedIndexes are unset', versions: ['1.29', '1.36'], jobSpec: indexed, errors: ['spec.backoffLimit'] }],
});

describe('indexed-backoff-limit-default', () => {
  it('says how many pods a failure in every index runs', () => {
    expect(runRule(indexedBackoffLimitDefault, build('Job', { jobSpec: indexed }), '1.30')[0].message).toContain('300 pods');
  });

  it('gives no pod count for values the server refuses anyway', () => {
    const message = runRule(indexedBackoffLimitDefault, build('Job', { jobSpec: { ...indexed, backoffLimitPerIndex: -8 } }), '1.30')[0].message;
    expect(message).not.toMatch(/pods here/);
  });
});
