import { required } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { lengthOf } from '../support/values';

/** Rule 91 (core validateContainers). */
export const podContainersRequired = defineRule({
  id: 'pod-containers-required',
  severity: 'error',
  summary: 'a Job pod template needs at least one container',
  docs: DOCS.containers,
  appliesTo: ['Job', 'CronJob'],
  refs: ['pod.containers.required'],
  hint: 'add a container (containers: [{ image, command }]) under spec.template.spec',
  check(view) {
    return lengthOf(view.podSpec.containers) === 0 ? [required(view.at('template', 'spec', 'containers'))] : [];
  },
});
