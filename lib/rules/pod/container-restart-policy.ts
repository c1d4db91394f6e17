import { POD_RESTART_POLICIES } from '../../k8s/enums';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { forbidden, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { templateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { gateOn } from '../support/gates';
import { RESTART_ALWAYS } from '../support/restart-policy';
import { isSet } from '../support/values';

/** ContainerRestartRules: alpha (off) in 1.34, beta (on) from 1.35. */
const RULES_GATE_ADDED: KubernetesVersion = '1.34';
const RULES_GATE_ON: KubernetesVersion = '1.35';
const DROPPED = `not honoured on Kubernetes ${RULES_GATE_ADDED}: feature gate ContainerRestartRules is off by default, so the API server would drop the field silently; it takes effect from Kubernetes ${RULES_GATE_ON}`;

/**
 * Rule 95 (core validateContainers, validateInitContainerRestartPolicy; pkg/api/pod
 * `dropContainerRestartRules`). Up to 1.33 a regular container may not set restartPolicy and an
 * init container only `Always` (a sidecar; on 1.28 SidecarContainers is off and the field is
 * dropped, which feature-gated-field reports). On 1.34 the ContainerRestartRules gate exists
 * but is off: those values are dropped silently, which is refused here too. From 1.35 any
 * container may override the pod's policy.
 */
export const containerRestartPolicy = defineRule({
  id: 'container-restart-policy',
  severity: 'error',
  summary: 'only init containers may set restartPolicy, and only to Always (before 1.35)',
  docs: DOCS.sidecars,
  appliesTo: ['Job', 'CronJob'],
  refs: ['pod.container.restartPolicy'],
  hint: 'remove restartPolicy from the container; for a sidecar, make it an init container with restartPolicy "Always"',
  check(view) {
    const out: Finding[] = [];
    const gateExists = isAtLeast(view.version, RULES_GATE_ADDED);
    const rulesOn = isAtLeast(view.version, RULES_GATE_ON);
    // The server lists the supported values sorted (sets.List).
    const allowed: readonly string[] = rulesOn ? [...POD_RESTART_POLICIES].sort() : [RESTART_ALWAYS];
    for (const c of templateContainers(view, 'containers')) {
      const value = c.container.restartPolicy;
      if (!isSet(value)) continue;
      if (!gateExists) out.push(forbidden(c.at('restartPolicy'), 'may not be set for non-init containers'));
      else if (!rulesOn) out.push(forbidden(c.at('restartPolicy'), DROPPED));
      else if (typeof value === 'string' && !allowed.includes(value)) out.push(unsupported(c.at('restartPolicy'), value, allowed));
    }
    if (!gateOn(view, 'sidecarContainers')) return out;
    for (const c of templateContainers(view, 'initContainers')) {
      const value = c.container.restartPolicy;
      if (typeof value !== 'string' || allowed.includes(value)) continue;
      out.push(gateExists && !rulesOn ? forbidden(c.at('restartPolicy'), DROPPED) : unsupported(c.at('restartPolicy'), value, allowed));
    }
    return out;
  },
});
