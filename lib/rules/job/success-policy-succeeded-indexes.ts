import { asInt } from '../../manifest/access';
import { invalid, tooLong, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { byteLength } from '../support/names';
import { parseIndexes, successPolicyRules } from '../support/success-policy';
import { tooLongDetail } from '../support/text';

const MAX_LENGTH = 64 * 1024;

/** Rules 64–65 (validateSuccessPolicyRule, validateIndexesFormat). */
export const successPolicySucceededIndexes = defineRule({
  id: 'success-policy-succeeded-indexes',
  severity: 'error',
  summary: 'succeededIndexes must be an ascending list of indexes and ranges below completions',
  docs: DOCS.successPolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.successPolicy'],
  refs: ['job.successPolicy.indexesMaxLength', 'job.successPolicy.indexesFormat'],
  hint: 'write indexes like "0,2-4,7", ascending, each lower than completions',
  check(view) {
    const completions = asInt(view.spec.completions);
    const out: Finding[] = [];
    for (const { rule, index } of successPolicyRules(view) ?? []) {
      const indexes = rule.succeededIndexes;
      if (typeof indexes !== 'string') continue;
      const path = view.at('successPolicy', 'rules', index, 'succeededIndexes');
      if (byteLength(indexes) > MAX_LENGTH) out.push(tooLong(path, tooLongDetail(MAX_LENGTH, view.version)));
      // Without completions the server dereferences nil; indexed-completions-required reports that Job.
      if (completions === undefined) continue;
      const parsed = parseIndexes(indexes, completions);
      if ('error' in parsed) out.push(invalid(path, indexes, `error parsing succeededIndexes: ${parsed.error}`));
    }
    return out;
  },
});
