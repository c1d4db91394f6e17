import { successPolicyRulesRule } from '../../../lib/rules/job/success-policy-rules';
import { ruleCases } from '../rule-cases';

const sp = (...rules: unknown[]) => ({ jobSpec: { completionMode: 'Indexed', completions: 5, successPolicy: { rules } } });
const v = ['1.31', '1.36'];

ruleCases(successPolicyRulesRule, {
  valid: [
    { name: 'one rule with succeededCount', versions: v, ...sp({ succeededCount: 1 }) },
    { name: '20 rules', versions: v, ...sp(...Array.from({ length: 20 }, () => ({ succeededCount: 1 }))) },
    { name: 'a Job has no rules on 1.30 (dropped)', kinds: ['Job'], versions: ['1.30'], ...sp() },
  ],
  invalid: [
    { name: 'a CronJob template has no rules on 1.30 (validated)', kinds: ['CronJob'], versions: ['1.30'], ...sp(), errors: ['spec.successPolicy.rules'] },
    { name: 'there are no rules', versions: v, ...sp(), errors: ['spec.successPolicy.rules'] },
    { name: 'there are 21 rules', versions: v, ...sp(...Array.from({ length: 21 }, () => ({ succeededCount: 1 }))), errors: ['spec.successPolicy.rules'] },
    { name: 'a rule is empty', versions: v, ...sp({}), errors: ['spec.successPolicy.rules[0]'] },
  ],
});
