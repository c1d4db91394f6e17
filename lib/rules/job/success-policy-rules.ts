import { required, tooMany, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { successPolicyRules } from '../support/success-policy';
import { isSet } from '../support/values';

const MAX_RULES = 20;

/** Rules 61–63 (validateSuccessPolicy, validateSuccessPolicyRule). */
export const successPolicyRulesRule = defineRule({
  id: 'success-policy-rules',
  severity: 'error',
  summary: 'a successPolicy needs 1 to 20 rules, each with succeededCount or succeededIndexes',
  docs: DOCS.successPolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.successPolicy'],
  refs: ['job.successPolicy.rulesRequired', 'job.successPolicy.maxRules', 'job.successPolicy.ruleNotEmpty'],
  hint: 'give each rule succeededIndexes (e.g. "0-2") and/or succeededCount',
  check(view) {
    const rules = successPolicyRules(view);
    if (!rules) return [];
    const out: Finding[] = [];
    const rulesPath = view.at('successPolicy', 'rules');
    if (rules.length === 0) out.push(required(rulesPath, 'at least one rules must be specified when the successPolicy is specified'));
    if (rules.length > MAX_RULES) out.push(tooMany(rulesPath, rules.length, MAX_RULES));
    for (const { rule, index } of rules) {
      if (!isSet(rule.succeededCount) && !isSet(rule.succeededIndexes)) {
        out.push(required(view.at('successPolicy', 'rules', index), 'at least one of succeededCount or succeededIndexes must be specified'));
      }
    }
    return out;
  },
});
