import { podFailurePolicyOnPodConditions } from '../../../lib/rules/job/pod-failure-policy-on-pod-conditions';
import { ruleCases } from '../rule-cases';

const on = (...onPodConditions: unknown[]) => ({ jobSpec: { podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions }] }, template: { spec: { restartPolicy: 'Never' } } } });
const P = 'spec.podFailurePolicy.rules[0].onPodConditions';

ruleCases(podFailurePolicyOnPodConditions, {
  valid: [
    { name: 'DisruptionTarget with status defaulted', kinds: ['Job'], ...on({ type: 'DisruptionTarget' }) },
    { name: 'a CronJob omits the status on 1.34 (the type default applies)', kinds: ['CronJob'], versions: ['1.34', '1.36'], ...on({ type: 'DisruptionTarget' }) },
    { name: 'a custom prefixed type with status False', ...on({ type: 'example.com/Evicted', status: 'False' }) },
    { name: '20 patterns', ...on(...Array.from({ length: 20 }, () => ({ type: 'DisruptionTarget', status: 'True' }))) },
  ],
  invalid: [
    { name: '21 patterns', ...on(...Array.from({ length: 21 }, () => ({ type: 'DisruptionTarget', status: 'True' }))), errors: [P] },
    { name: 'the type is empty', ...on({ type: '', status: 'True' }), errors: [`${P}[0].type`, `${P}[0].type`] },
    { name: 'the type has a space', ...on({ type: 'Disruption Target', status: 'True' }), errors: [`${P}[0].type`] },
    { name: 'a CronJob omits the status on 1.28–1.33 (its job template is not defaulted)', kinds: ['CronJob'], versions: ['1.28', '1.29', '1.33'], ...on({ type: 'DisruptionTarget' }), errors: [`${P}[0].status`] },
    { name: 'the status is unknown', ...on({ type: 'DisruptionTarget', status: 'Yes' }), errors: [`${P}[0].status`] },
  ],
});
