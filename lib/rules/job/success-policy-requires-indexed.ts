import { asArray, asObject } from '../../manifest/access';
import { invalid } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validatesField } from '../support/gates';
import { isIndexed } from '../support/job-spec';
import { isSet } from '../support/values';

/** The server prints the internal Go type, whose fields have no JSON tags. */
function internalForm(policy: unknown): unknown {
  const rules = asArray(asObject(policy)?.rules);
  return {
    Rules: (rules ?? []).map((r) => ({
      SucceededIndexes: asObject(r)?.succeededIndexes ?? null,
      SucceededCount: asObject(r)?.succeededCount ?? null,
    })),
  };
}

/** Rule 60 (validateJobSpec). */
export const successPolicyRequiresIndexed = defineRule({
  id: 'success-policy-requires-indexed',
  severity: 'error',
  summary: 'successPolicy needs completionMode Indexed',
  docs: DOCS.successPolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.successPolicy'],
  refs: ['job.successPolicy.requiresIndexed'],
  hint: 'set completionMode: Indexed with the success policy, or remove successPolicy',
  constructHint: 'use IndexedJob (completionMode Indexed) with the success policy, or remove it',
  check(view) {
    if (!validatesField(view, 'successPolicy') || !isSet(view.spec.successPolicy) || isIndexed(view)) return [];
    return [invalid(view.at('successPolicy'), internalForm(view.spec.successPolicy), 'requires indexed completion mode')];
  },
});
