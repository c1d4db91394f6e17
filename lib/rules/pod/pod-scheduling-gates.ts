import { duplicate, invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { qualifiedNameErrors } from '../support/names';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, objectsOf } from '../support/values';

/**
 * core `validateSchedulingGates`: each gate name is a qualified name, reported at the list
 * index, and no name appears twice. The field exists from 1.26 (PodSchedulingReadiness, on by
 * default from 1.27), so every supported version checks it.
 */
export const podSchedulingGates = defineRule({
  id: 'pod-scheduling-gates',
  severity: 'error',
  summary: 'schedulingGates names must be unique qualified names',
  docs: POD_DOCS.schedulingGates,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.schedulingGates'],
  refs: ['core.validateSchedulingGates'],
  hint: 'name each gate once, like a label key, e.g. example.com/quota-check',
  check(view) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const { item, index } of objectsOf(view.podSpec.schedulingGates)) {
      const name = goString(item.name);
      if (name === undefined) continue;
      const path = podAt(view, 'schedulingGates', index);
      for (const msg of qualifiedNameErrors(name, view.version)) out.push(invalid(path, name, msg));
      if (seen.has(name)) out.push(duplicate(path, name));
      seen.add(name);
    }
    return out;
  },
});
