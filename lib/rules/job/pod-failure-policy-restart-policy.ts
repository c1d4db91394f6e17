import { invalid } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { RESTART_NEVER, RESTART_ON_FAILURE } from '../support/restart-policy';
import { isSet } from '../support/values';

/** Rule 56 (validateJobSpec): only Never goes with a podFailurePolicy. */
export const podFailurePolicyRestartPolicy = defineRule({
  id: 'pod-failure-policy-restart-policy',
  severity: 'error',
  summary: 'a Job with a podFailurePolicy must use restartPolicy Never',
  docs: DOCS.podFailurePolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.podFailurePolicy'],
  refs: ['job.podFailurePolicy.restartPolicyNever'],
  hint: 'set restartPolicy: Never in the pod template: the policy judges failed pods, and OnFailure restarts containers in place',
  constructHint: 'use RestartPolicy.NEVER: the policy judges failed pods, and OnFailure restarts containers in place',
  check(view) {
    if (!isSet(view.spec.podFailurePolicy) || view.podSpec.restartPolicy !== RESTART_ON_FAILURE) return [];
    return [invalid(view.at('template', 'spec', 'restartPolicy'), RESTART_ON_FAILURE, `only "${RESTART_NEVER}" is supported when podFailurePolicy is specified`)];
  },
});
