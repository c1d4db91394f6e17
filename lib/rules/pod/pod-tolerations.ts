import { invalid, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { labelValueErrors, qualifiedNameErrors } from '../support/names';
import { hintOrPlaceholder } from '../support/placeholders';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, isSet, objectsOf } from '../support/values';
import { isAtLeast } from '../../versions';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/**
 * core `ValidateTolerations`: a key is a label key; an empty key needs `operator: Exists`;
 * `tolerationSeconds` only with `effect: NoExecute`; Equal (or empty) takes a label value,
 * Exists no value; Lt/Gt are refused while TaintTolerationComparisonOperators is off (1.35+
 * list them among the supported values); the effect, when set, is one of three.
 */
export const podTolerations = defineRule({
  id: 'pod-tolerations',
  severity: 'error',
  summary: 'tolerations need a valid key, operator, value and effect',
  docs: POD_DOCS.tolerations,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.tolerations'],
  refs: ['core.ValidateTolerations'],
  hint: 'use operator Equal with a value or Exists without one, effect NoSchedule, PreferNoSchedule or NoExecute, and tolerationSeconds only with NoExecute',
  check(view) {
    const out: Finding[] = [];
    const comparisonListed = isAtLeast(view.version, '1.35');
    for (const { item: t, index } of objectsOf(view.podSpec.tolerations)) {
      const at = (f: string) => podAt(view, 'tolerations', index, f);
      const key = goString(t.key) ?? '';
      const operator = goString(t.operator) ?? '';
      const value = goString(t.value) ?? '';
      const effect = goString(t.effect) ?? '';
      if (key !== '') for (const msg of qualifiedNameErrors(key, view.version)) out.push(invalid(at('key'), key, msg, hinted(key)));
      if (key === '' && operator !== 'Exists') {
        out.push(invalid(at('operator'), operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
      }
      if (isSet(t.tolerationSeconds) && effect !== 'NoExecute') out.push(invalid(at('effect'), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
      if (operator === 'Equal' || operator === '') {
        const errs = labelValueErrors(value, view.version);
        if (errs.length > 0) out.push(invalid(at('operator'), value, errs.join(';'), hinted(value)));
      } else if (operator === 'Exists') {
        if (value !== '') out.push(invalid(at('operator'), value, "value must be empty when `operator` is 'Exists'"));
      } else {
        const allowed = comparisonListed && (operator === 'Lt' || operator === 'Gt') ? ['Equal', 'Exists', 'Lt', 'Gt'] : ['Equal', 'Exists'];
        out.push(unsupported(at('operator'), operator, allowed));
      }
      if (effect !== '' && !EFFECTS.includes(effect)) out.push(unsupported(at('effect'), effect, EFFECTS));
    }
    return out;
  },
});

function hinted(value: string): { hint?: string } {
  const hint = hintOrPlaceholder(value, undefined, { allCaps: false });
  return hint ? { hint } : {};
}
