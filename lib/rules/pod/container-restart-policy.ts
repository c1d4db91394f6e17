import { POD_RESTART_POLICIES } from '../../k8s/enums';
import { forbidden, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { templateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { gateOn } from '../support/gates';
import { RESTART_ALWAYS } from '../support/restart-policy';
import { isSet } from '../support/values';

/**
 * Rule 95 (core validateContainers, validateInitContainerRestartPolicy). Up to 1.33 a regular
 * container may not set restartPolicy and an init container only `Always` (a sidecar). The
 * rule sees the pod spec after the server's drop of disabled fields: on 1.28 (SidecarContainers
 * off) every init container's restartPolicy is gone, on 1.34 (ContainerRestartRules off) every
 * regular container's and every init container's but `Always`; feature-gated-field warns
 * about those. From 1.35 any container may override the pod's policy.
 */
export const containerRestartPolicy = defineRule({
  id: 'container-restart-policy',
  severity: 'error',
  summary: 'only init containers may set restartPolicy, and only to Always (before 1.35)',
  docs: DOCS.sidecars,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.restartPolicy'],
  refs: ['pod.container.restartPolicy'],
  hint: 'remove restartPolicy from the container; for a sidecar, make it an init container with restartPolicy "Always"',
  check(view) {
    const out: Finding[] = [];
    const rulesOn = gateOn(view, 'containerRestartPolicy');
    // The server lists the supported values sorted (sets.List).
    const allowed: readonly string[] = rulesOn ? [...POD_RESTART_POLICIES].sort() : [RESTART_ALWAYS];
    for (const c of templateContainers(view, 'containers')) {
      const value = c.container.restartPolicy;
      if (!isSet(value)) continue;
      if (!rulesOn) out.push(forbidden(c.at('restartPolicy'), 'may not be set for non-init containers'));
      else if (typeof value === 'string' && !allowed.includes(value)) out.push(unsupported(c.at('restartPolicy'), value, allowed));
    }
    for (const c of templateContainers(view, 'initContainers')) {
      const value = c.container.restartPolicy;
      if (typeof value === 'string' && !allowed.includes(value)) out.push(unsupported(c.at('restartPolicy'), value, allowed));
    }
    return out;
  },
});
