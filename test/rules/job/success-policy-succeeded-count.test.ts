import { successPolicySucceededCount } from '../../../lib/rules/job/success-policy-succeeded-count';
import { ruleCases } from '../rule-cases';

const sp = (rule: Record<string, unknown>) => ({ jobSpec: { completionMode: 'Indexed', completions: 5, successPolicy: { rules: [rule] } } });
const v = ['1.31', '1.36'];
const P = 'spec.successPolicy.rules[0].succeededCount';

ruleCases(successPolicySucceededCount, {
  valid: [
    { name: 'the count equals completions', versions: v, ...sp({ succeededCount: 5 }) },
    { name: 'the count equals the listed indexes', versions: v, ...sp({ succeededCount: 3, succeededIndexes: '0,2-3' }) },
    { name: 'a Job has a huge count on 1.30 (dropped)', kinds: ['Job'], versions: ['1.30'], ...sp({ succeededCount: 99 }) },
  ],
  invalid: [
    { name: 'a CronJob template has a huge count on 1.30 (validated, not dropped)', kinds: ['CronJob'], versions: ['1.30'], ...sp({ succeededCount: 99 }), errors: [P] },
    { name: 'the count is negative', versions: v, ...sp({ succeededCount: -1 }), errors: [P] },
    { name: 'the count exceeds completions', versions: v, ...sp({ succeededCount: 6 }), errors: [P] },
    { name: 'the count exceeds the listed indexes', versions: v, ...sp({ succeededCount: 3, succeededIndexes: '0-1' }), errors: [P] },
  ],
});
