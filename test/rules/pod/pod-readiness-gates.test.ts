import { podReadinessGates } from '../../../lib/rules/pod/pod-readiness-gates';
import { ruleCases } from '../rule-cases';

ruleCases(podReadinessGates, {
  valid: [{ name: 'condition types are qualified names', podSpec: { readinessGates: [{ conditionType: 'example.com/ready' }] } }],
  invalid: [
    { name: 'a condition type has a space', podSpec: { readinessGates: [{ conditionType: 'ok' }, { conditionType: 'not ok' }] }, errors: ['spec.template.spec.readinessGates[1].conditionType'] },
  ],
});
