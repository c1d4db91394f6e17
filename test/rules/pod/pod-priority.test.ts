import { podPriority } from '../../../lib/rules/pod/pod-priority';
import { ruleCases } from '../rule-cases';

const P = 'spec.template.spec';

ruleCases(podPriority, {
  valid: [
    { name: 'preemptionPolicy Never', podSpec: { preemptionPolicy: 'Never', priority: 1000 } },
    { name: 'preemptionPolicy PreemptLowerPriority', podSpec: { preemptionPolicy: 'PreemptLowerPriority' } },
  ],
  invalid: [
    { name: 'preemptionPolicy is unknown', podSpec: { preemptionPolicy: 'Always' }, errors: [`${P}.preemptionPolicy`] },
    { name: 'preemptionPolicy is empty', podSpec: { preemptionPolicy: '' }, errors: [`${P}.preemptionPolicy`] },
  ],
});
