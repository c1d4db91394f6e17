import { asObject, asString } from '../../manifest/access';
import { PodFailurePolicyAction, enumValues } from '../../k8s/enums';
import { OMITTED, invalid, required, tooMany, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { podFailurePolicyRules } from '../support/job-spec';
import { isSet, lengthOf } from '../support/values';

const MAX_RULES = 20;
/** The server lists the actions from a sorted set. */
const ACTIONS: readonly string[] = [...enumValues(PodFailurePolicyAction)].sort();
/** Go's `%q` of a string slice: `["Count" "FailIndex" …]`. */
const ACTIONS_Q = `[${ACTIONS.map((a) => JSON.stringify(a)).join(' ')}]`;

/** Rules 40–44 (validatePodFailurePolicy, validatePodFailurePolicyRule). */
export const podFailurePolicyRulesRule = defineRule({
  id: 'pod-failure-policy-rules',
  severity: 'error',
  summary: 'pod failure policy rules need a known action and exactly one of onExitCodes or onPodConditions',
  docs: DOCS.podFailurePolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.podFailurePolicy'],
  refs: [
    'job.podFailurePolicy.maxRules',
    'job.podFailurePolicy.actionRequired',
    'job.podFailurePolicy.actionAllowed',
    'job.podFailurePolicy.failIndexRequiresBackoffLimitPerIndex',
    'job.podFailurePolicy.exactlyOneRequirement',
  ],
  hint: 'give each rule action: FailJob, Ignore, Count or FailIndex, and either onExitCodes or onPodConditions',
  constructHint: 'use PodFailurePolicyAction.FAIL_JOB, IGNORE, COUNT or FAIL_INDEX, with either exit codes or pod conditions per rule',
  check(view) {
    if (!asObject(view.spec.podFailurePolicy)) return [];
    const rules = podFailurePolicyRules(view);
    const out: Finding[] = [];
    if (rules.length > MAX_RULES) out.push(tooMany(view.at('podFailurePolicy', 'rules'), rules.length, MAX_RULES));
    for (const { rule, index } of rules) {
      const rulePath = view.at('podFailurePolicy', 'rules', index);
      const actionPath = view.at('podFailurePolicy', 'rules', index, 'action');
      const action = rule.action === undefined || rule.action === null ? '' : asString(rule.action);
      if (action === '') out.push(required(actionPath, `valid values: ${ACTIONS_Q}`));
      else if (action === PodFailurePolicyAction.FAIL_INDEX) {
        if (!isSet(view.spec.backoffLimitPerIndex)) out.push(invalid(actionPath, action, 'requires the backoffLimitPerIndex to be set'));
      } else if (action !== undefined && !ACTIONS.includes(action)) out.push(unsupported(actionPath, action, ACTIONS));
      const onExitCodes = isSet(rule.onExitCodes);
      const onPodConditions = lengthOf(rule.onPodConditions) > 0;
      if (onExitCodes && onPodConditions) out.push(invalid(rulePath, OMITTED, 'specifying both OnExitCodes and OnPodConditions is not supported'));
      if (!onExitCodes && !onPodConditions) out.push(invalid(rulePath, OMITTED, 'specifying one of OnExitCodes and OnPodConditions is required'));
    }
    return out;
  },
});
