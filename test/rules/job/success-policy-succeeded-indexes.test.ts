import { describe, expect, it } from 'vitest';
import { successPolicySucceededIndexes } from '../../../lib/rules/job/success-policy-succeeded-indexes';
import { build, ruleCases, runRule } from '../rule-cases';

const sp = (succeededIndexes: string, completions = 10) => ({
  jobSpec: { completionMode: 'Indexed', completions, successPolicy: { rules: [{ succeededIndexes }] } },
});
const v = ['1.31', '1.36'];
const P = 'spec.successPolicy.rules[0].succeededIndexes';

ruleCases(successPolicySucceededIndexes, {
  valid: [
    { name: 'indexes and ranges ascend', versions: v, ...sp('0,2-4,7') },
    { name: 'the list is empty', versions: v, ...sp('') },
    { name: 'a Job has garbage on 1.30 (dropped)', kinds: ['Job'], versions: ['1.30'], ...sp('x') },
  ],
  invalid: [
    { name: 'a CronJob template has garbage on 1.30 (validated)', kinds: ['CronJob'], versions: ['1.30'], ...sp('x'), errors: [P] },
    { name: 'an index is not a number', versions: v, ...sp('a'), errors: [P] },
    { name: 'an index reaches completions', versions: v, ...sp('10'), errors: [P] },
    { name: 'indexes do not ascend', versions: v, ...sp('3,1'), errors: [P] },
    { name: 'a range has three parts', versions: v, ...sp('1-2-3'), errors: [P] },
    { name: 'the list exceeds 65536 bytes', versions: v, ...sp('1,'.repeat(40000), 100000), errors: [P, P] },
  ],
});

describe('success-policy-succeeded-indexes messages', () => {
  it('explains the parse error', () => {
    const msg = (s: string) => runRule(successPolicySucceededIndexes, build('Job', sp(s)), '1.31')[0].message;
    expect([msg('3,1'), msg('1-2-3'), msg('10'), msg('x')]).toMatchInlineSnapshot(`
      [
        "Invalid value: "3,1": error parsing succeededIndexes: non-increasing order, previous: 3, current: 1",
        "Invalid value: "1-2-3": error parsing succeededIndexes: the fragment "1-2-3" violates the requirement that an index interval can have at most two parts separated by '-'",
        "Invalid value: "10": error parsing succeededIndexes: too large index: "10"",
        "Invalid value: "x": error parsing succeededIndexes: cannot convert string to integer for index: "x"",
      ]
    `);
  });
});
