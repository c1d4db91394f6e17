import { required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';

const POLICIES = ['PreemptLowerPriority', 'Never'];

/**
 * core `ValidatePreemptionPolicy`: a set `preemptionPolicy` is PreemptLowerPriority or Never
 * (`""` is a set pointer, so Required). `priority` itself is the Priority admission plugin's
 * business (it refuses a value that disagrees with the class), not validation's.
 */
export const podPriority = defineRule({
  id: 'pod-priority',
  severity: 'error',
  summary: 'preemptionPolicy must be PreemptLowerPriority or Never',
  docs: POD_DOCS.preemption,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.preemptionPolicy'],
  refs: ['core.ValidatePreemptionPolicy'],
  hint: 'set preemptionPolicy: PreemptLowerPriority or Never, or leave it out',
  check(view) {
    const policy = view.podSpec.preemptionPolicy;
    if (typeof policy !== 'string') return [];
    const path = podAt(view, 'preemptionPolicy');
    const out: Finding[] = [];
    if (policy === '') out.push(required(path));
    else if (!POLICIES.includes(policy)) out.push(unsupported(path, policy, POLICIES));
    return out;
  },
});
