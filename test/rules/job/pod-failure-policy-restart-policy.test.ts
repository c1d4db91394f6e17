import { podFailurePolicyRestartPolicy } from '../../../lib/rules/job/pod-failure-policy-restart-policy';
import { ruleCases } from '../rule-cases';

const policy = { podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [1] } }] } };

ruleCases(podFailurePolicyRestartPolicy, {
  valid: [
    { name: 'restartPolicy is Never', jobSpec: policy, podSpec: { restartPolicy: 'Never' } },
    { name: 'OnFailure without a podFailurePolicy', podSpec: { restartPolicy: 'OnFailure' } },
    { name: 'Always with a policy (job-restart-policy reports it)', jobSpec: policy, podSpec: { restartPolicy: 'Always' } },
  ],
  invalid: [{ name: 'restartPolicy is OnFailure', jobSpec: policy, podSpec: { restartPolicy: 'OnFailure' }, errors: ['spec.template.spec.restartPolicy'] }],
});
