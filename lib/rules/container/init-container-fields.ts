import { forbidden, type Finding } from '../findings';
import { defineRule } from '../rule';
import { isSidecar, templateContainers } from '../support/containers';
import { gateOn } from '../support/gates';
import { DOCS } from '../support/docs';
import { isSet } from '../support/values';

const SIDECAR_ONLY = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/**
 * core validateInitContainers: an init container that is not a sidecar runs to completion, so it
 * may carry no lifecycle hooks and no probes.
 */
export const initContainerFields = defineRule({
  id: 'init-container-fields',
  severity: 'error',
  summary: 'init containers without restartPolicy Always carry no probes or lifecycle hooks',
  docs: DOCS.initContainers,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.initContainers'],
  refs: ['core.validateInitContainers'],
  hint: 'remove the probes and lifecycle from the init container, or make it a sidecar with restartPolicy: Always',
  check(view) {
    const out: Finding[] = [];
    for (const c of templateContainers(view, 'initContainers')) {
      if (isSidecar(c) && gateOn(view, 'sidecarContainers')) continue;
      for (const f of SIDECAR_ONLY) {
        if (isSet(c.container[f])) out.push(forbidden(c.at(f), 'may not be set for init containers without restartPolicy=Always'));
      }
    }
    return out;
  },
});
