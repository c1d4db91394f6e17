import { asArray, asObject } from '../../manifest/access';
import { ConditionStatus, enumValues } from '../../k8s/enums';
import { invalid, required, tooMany, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { podFailurePolicyRules } from '../support/job-spec';
import { qualifiedNameErrors } from '../support/names';
import { goString, isSet } from '../support/values';
import type { JobView } from '../../manifest/job-view';
import { isAtLeast } from '../../versions';

const MAX_PATTERNS = 20;
const STATUSES: readonly string[] = [...enumValues(ConditionStatus)].sort();
const STATUSES_Q = `[${STATUSES.map((s) => JSON.stringify(s)).join(' ')}]`;

/**
 * Rules 53–55 (validatePodFailurePolicyRuleOnPodConditions). An omitted status is defaulted to
 * True before validation (view.spec is defaulted), so the Required branch is only reachable
 * where defaulting does not run: an empty string, or, before 1.34, a CronJob's job template (up to
 * 1.33 the status is defaulted in SetDefaults_Job only, which never runs on a CronJob's template;
 * 1.34 added SetDefaults_PodFailurePolicyOnPodConditionsPattern on the type itself. The 1.28–1.33
 * oracles refuse the omitted status in a CronJob, 1.34–1.37 accept it).
 */
/** The pattern as written (the view's spec has the server's defaults applied). */
function rawPattern(view: JobView, rule: number, pattern: number): Record<string, unknown> | undefined {
  const rules = asArray(asObject(view.rawSpec.podFailurePolicy)?.rules);
  return asObject(asArray(asObject(rules?.[rule])?.onPodConditions)?.[pattern]);
}

export const podFailurePolicyOnPodConditions = defineRule({
  id: 'pod-failure-policy-on-pod-conditions',
  severity: 'error',
  summary: 'onPodConditions needs at most 20 patterns with a qualified-name type and a True, False or Unknown status',
  docs: DOCS.podFailurePolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.podFailurePolicy'],
  refs: ['job.podFailurePolicy.maxPodConditions', 'job.podFailurePolicy.conditionTypeQualifiedName', 'job.podFailurePolicy.conditionStatusAllowed'],
  hint: 'use a condition type such as DisruptionTarget and status: "True", "False" or "Unknown"',
  constructHint: 'use a condition type such as DisruptionTarget and ConditionStatus.TRUE, FALSE or UNKNOWN',
  check(view) {
    const out: Finding[] = [];
    for (const { rule, index } of podFailurePolicyRules(view)) {
      const patterns = asArray(rule.onPodConditions) ?? [];
      const at = (...rest: Array<string | number>) => view.at('podFailurePolicy', 'rules', index, 'onPodConditions', ...rest);
      if (patterns.length > MAX_PATTERNS) out.push(tooMany(at(), patterns.length, MAX_PATTERNS));
      patterns.forEach((p, j) => {
        const pattern = asObject(p) ?? {};
        const type = goString(pattern.type);
        if (type !== undefined) for (const msg of qualifiedNameErrors(type, view.version)) out.push(invalid(at(j, 'type'), type, msg));
        const status = goString(pattern.status);
        const undefaulted = view.kind === 'CronJob' && !isAtLeast(view.version, '1.34') && !isSet(rawPattern(view, index, j)?.status);
        if (status === '' || undefaulted) out.push(required(at(j, 'status'), `valid values: ${STATUSES_Q}`));
        else if (status !== undefined && !STATUSES.includes(status)) out.push(unsupported(at(j, 'status'), status, STATUSES));
      });
    }
    return out;
  },
});
