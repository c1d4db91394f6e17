import { asArray, asObject, asString } from '../../manifest/access';
import { PodFailurePolicyOperator, enumValues } from '../../k8s/enums';
import { duplicate, invalid, required, tooMany, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { containerNames, podFailurePolicyRules } from '../support/job-spec';

const MAX_VALUES = 255;
const OPERATORS: readonly string[] = [...enumValues(PodFailurePolicyOperator)].sort();
const OPERATORS_Q = `[${OPERATORS.map((o) => JSON.stringify(o)).join(' ')}]`;

/** Rules 45–52 (validatePodFailurePolicyRuleOnExitCodes). */
export const podFailurePolicyOnExitCodes = defineRule({
  id: 'pod-failure-policy-on-exit-codes',
  severity: 'error',
  summary: 'onExitCodes needs an operator and 1 to 255 ordered, unique exit codes of a known container',
  docs: DOCS.podFailurePolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.podFailurePolicy'],
  refs: [
    'job.podFailurePolicy.operatorRequired',
    'job.podFailurePolicy.operatorAllowed',
    'job.podFailurePolicy.containerNameKnown',
    'job.podFailurePolicy.valuesRequired',
    'job.podFailurePolicy.valuesMax',
    'job.podFailurePolicy.noZeroWithIn',
    'job.podFailurePolicy.valuesUnique',
    'job.podFailurePolicy.valuesOrdered',
  ],
  hint: 'list exit codes in ascending order without repeats, and never 0 with operator: In',
  constructHint: 'list exit codes in ascending order without repeats, and never 0 with PodFailurePolicyOperator.IN',
  check(view) {
    const out: Finding[] = [];
    let names: Set<string> | undefined;
    for (const { rule, index } of podFailurePolicyRules(view)) {
      const req = asObject(rule.onExitCodes);
      if (!req) continue;
      const at = (...rest: Array<string | number>) => view.at('podFailurePolicy', 'rules', index, 'onExitCodes', ...rest);
      const operator = req.operator === undefined || req.operator === null ? '' : asString(req.operator);
      if (operator === '') out.push(required(at('operator'), `valid values: ${OPERATORS_Q}`));
      else if (operator !== undefined && !OPERATORS.includes(operator)) out.push(unsupported(at('operator'), operator, OPERATORS));
      const containerName = asString(req.containerName);
      if (containerName !== undefined && !(names ??= containerNames(view)).has(containerName)) {
        out.push(invalid(at('containerName'), containerName, 'must be one of the container or initContainer names in the pod template'));
      }
      const values = (asArray(req.values) ?? []).filter((v): v is number => typeof v === 'number');
      if (values.length === 0) out.push(invalid(at('values'), asArray(req.values) ?? null, 'at least one value is required'));
      else if (values.length > MAX_VALUES) out.push(tooMany(at('values'), values.length, MAX_VALUES));
      const seen = new Set<number>();
      let ordered = true;
      values.forEach((v, j) => {
        if (operator === PodFailurePolicyOperator.IN && v === 0) out.push(invalid(at('values', j), v, 'must not be 0 for the In operator'));
        if (seen.has(v)) out.push(duplicate(at('values', j), v));
        else seen.add(v);
        if (j > 0 && values[j - 1] > v) ordered = false;
      });
      if (!ordered) out.push(invalid(at('values'), values, 'must be ordered'));
    }
    return out;
  },
});
