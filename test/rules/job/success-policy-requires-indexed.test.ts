import { describe, expect, it } from 'vitest';
import { successPolicyRequiresIndexed } from '../../../lib/rules/job/success-policy-requires-indexed';
import { build, ruleCases, runRule } from '../rule-cases';

const policy = { successPolicy: { rules: [{ succeededIndexes: '0' }] } };

ruleCases(successPolicyRequiresIndexed, {
  valid: [
    { name: 'an Indexed Job', versions: ['1.31', '1.36'], jobSpec: { completionMode: 'Indexed', completions: 3, ...policy } },
    { name: 'a NonIndexed Job on 1.30 (the field is dropped)', kinds: ['Job'], versions: ['1.30'], jobSpec: policy },
  ],
  invalid: [
    { name: 'a NonIndexed Job sets successPolicy', versions: ['1.31', '1.36'], jobSpec: policy, errors: ['spec.successPolicy'] },
    { name: 'a NonIndexed CronJob template sets it on 1.30 (validated)', kinds: ['CronJob'], versions: ['1.30'], jobSpec: policy, errors: ['spec.successPolicy'] },
  ],
});

describe('success-policy-requires-indexed message', () => {
  it('prints the internal form of the policy', () => {
    const [v] = runRule(successPolicyRequiresIndexed, build('Job', { jobSpec: policy }), '1.34');
    expect(v.message).toMatchInlineSnapshot(`"Invalid value: {"Rules":[{"SucceededIndexes":"0","SucceededCount":null}]}: requires indexed completion mode"`);
  });
});
