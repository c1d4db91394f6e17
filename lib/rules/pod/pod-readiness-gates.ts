import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { qualifiedNameErrors } from '../support/names';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, objectsOf } from '../support/values';

/** core `validateReadinessGates`: each `conditionType` is a qualified name (like a label key). */
export const podReadinessGates = defineRule({
  id: 'pod-readiness-gates',
  severity: 'error',
  summary: 'readinessGates condition types must be qualified names',
  docs: POD_DOCS.readinessGates,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.readinessGates'],
  refs: ['core.validateReadinessGates'],
  hint: 'name the condition like a label key, e.g. example.com/feature-1',
  check(view) {
    const out: Finding[] = [];
    for (const { item, index } of objectsOf(view.podSpec.readinessGates)) {
      const type = goString(item.conditionType);
      if (type === undefined) continue;
      for (const msg of qualifiedNameErrors(type, view.version)) out.push(invalid(podAt(view, 'readinessGates', index, 'conditionType'), type, msg));
    }
    return out;
  },
});
