import { asInt } from '../../manifest/access';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { parseIndexes, successPolicyRules } from '../support/success-policy';
import { NON_NEGATIVE } from '../support/text';

/** Rules 66–68 (validateSuccessPolicyRule). */
export const successPolicySucceededCount = defineRule({
  id: 'success-policy-succeeded-count',
  severity: 'error',
  summary: 'succeededCount must be between 0 and completions and not above the number of succeededIndexes',
  docs: DOCS.successPolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.successPolicy'],
  refs: ['job.successPolicy.countNonNegative', 'job.successPolicy.countLeCompletions', 'job.successPolicy.countLeIndexes'],
  hint: 'lower succeededCount to at most completions and to the number of indexes listed in succeededIndexes',
  check(view) {
    const completions = asInt(view.spec.completions);
    const out: Finding[] = [];
    for (const { rule, index } of successPolicyRules(view) ?? []) {
      const count = asInt(rule.succeededCount);
      if (count === undefined) continue;
      const path = view.at('successPolicy', 'rules', index, 'succeededCount');
      if (count < 0) out.push(invalid(path, count, NON_NEGATIVE));
      if (completions === undefined) continue;
      if (count > completions) out.push(invalid(path, count, `must be less than or equal to ${completions} (the number of specified completions)`));
      if (typeof rule.succeededIndexes === 'string') {
        const parsed = parseIndexes(rule.succeededIndexes, completions);
        const total = 'total' in parsed ? parsed.total : 0;
        if (count > total) {
          out.push(invalid(path, count, `must be less than or equal to ${total} (the number of indexes in the specified succeededIndexes field)`));
        }
      }
    }
    return out;
  },
});
