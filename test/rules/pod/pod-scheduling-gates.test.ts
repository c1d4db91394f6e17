import { podSchedulingGates } from '../../../lib/rules/pod/pod-scheduling-gates';
import { ruleCases } from '../rule-cases';

const P = 'spec.template.spec.schedulingGates';

ruleCases(podSchedulingGates, {
  valid: [{ name: 'gates are unique qualified names', podSpec: { schedulingGates: [{ name: 'example.com/quota' }, { name: 'wait' }] } }],
  invalid: [
    { name: 'a gate name is invalid', podSpec: { schedulingGates: [{ name: 'bad gate' }] }, errors: [`${P}[0]`] },
    { name: 'a gate is listed twice', podSpec: { schedulingGates: [{ name: 'wait' }, { name: 'wait' }] }, errors: [`${P}[1]`] },
  ],
});
