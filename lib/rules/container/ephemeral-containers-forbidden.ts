import { forbidden, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { lengthOf } from '../support/values';

/** core ValidatePodTemplateSpec: ephemeral containers are added to running pods, never templated. */
export const ephemeralContainersForbidden = defineRule({
  id: 'ephemeral-containers-forbidden',
  severity: 'error',
  summary: 'a pod template has no ephemeral containers',
  docs: DOCS.ephemeralContainers,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.ephemeralContainers'],
  refs: ['core.ValidatePodTemplateSpec'],
  hint: 'remove ephemeralContainers; use kubectl debug on a running pod instead, or make it an init container or sidecar',
  check(view) {
    const out: Finding[] = [];
    if (lengthOf(view.podSpec.ephemeralContainers) > 0) out.push(forbidden(view.at('template', 'spec', 'ephemeralContainers'), 'ephemeral containers not allowed in pod template'));
    return out;
  },
});
