import { podDeadlines } from '../../../lib/rules/pod/pod-deadlines';
import { ruleCases } from '../rule-cases';

const P = 'spec.template.spec';

ruleCases(podDeadlines, {
  valid: [{ name: 'deadline and grace period are in range', podSpec: { activeDeadlineSeconds: 1, terminationGracePeriodSeconds: 0 } }],
  invalid: [
    { name: 'the pod activeDeadlineSeconds is 0', podSpec: { activeDeadlineSeconds: 0 }, errors: [`${P}.activeDeadlineSeconds`] },
    { name: 'the pod activeDeadlineSeconds exceeds int32', podSpec: { activeDeadlineSeconds: 2147483648 }, errors: [`${P}.activeDeadlineSeconds`] },
    { name: 'terminationGracePeriodSeconds is negative', podSpec: { terminationGracePeriodSeconds: -1 }, errors: [{ path: `${P}.terminationGracePeriodSeconds`, severity: 'warning' }] },
  ],
});
