import { asInt } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { forbidden, invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { templateContainers, visitedContainers } from '../support/containers';
import { isTrue, podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { lengthOf, objectsOf } from '../support/values';

/**
 * Host namespaces and what depends on them. core `validatePodHostNetworkDeps`: with
 * `hostNetwork: true` a container port's non-zero `hostPort` must equal its `containerPort`
 * (templates are not defaulted). core `validateHostUsers` (1.33+, where UserNamespacesSupport is
 * on; the template drops `hostUsers` before): `hostUsers: false` forbids hostNetwork, hostPID
 * and hostIPC (reported at `HostPID`/`HostIPC`, sic) and, from 1.34, volumeDevices.
 */
export const podHostNamespaces = defineRule({
  id: 'pod-host-namespaces',
  severity: 'error',
  summary: 'hostNetwork needs hostPort equal to containerPort, and hostUsers false excludes the host namespaces',
  docs: POD_DOCS.userNamespaces,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.hostNetwork', 'pod.hostUsers'],
  refs: ['core.validatePodHostNetworkDeps', 'core.validateHostUsers'],
  hint: 'with hostNetwork: true leave hostPort out or equal to containerPort; with hostUsers: false drop hostNetwork, hostPID, hostIPC and volumeDevices',
  check(view) {
    const out: Finding[] = [];
    const spec = view.podSpec;
    if (isTrue(spec.hostNetwork)) {
      for (const c of templateContainers(view, 'containers')) {
        for (const { item: port, index } of objectsOf(c.container.ports)) {
          const hostPort = asInt(port.hostPort) ?? 0;
          const containerPort = asInt(port.containerPort) ?? 0;
          if (hostPort !== 0 && hostPort !== containerPort) {
            out.push(invalid(`${c.at('ports')}[${index}].hostPort`, hostPort, 'must match `containerPort` when `hostNetwork` is true'));
          }
        }
      }
    }
    if (spec.hostUsers !== false || !isAtLeast(view.version, '1.33')) return out;
    const because = isAtLeast(view.version, '1.34') ? 'when `hostUsers` is false' : 'when `pod.Spec.HostUsers` is false';
    if (isTrue(spec.hostNetwork)) out.push(forbidden(podAt(view, 'hostNetwork'), because));
    if (isTrue(spec.hostPID)) out.push(forbidden(podAt(view, 'HostPID'), because));
    if (isTrue(spec.hostIPC)) out.push(forbidden(podAt(view, 'HostIPC'), because));
    if (isAtLeast(view.version, '1.34')) {
      for (const c of visitedContainers(view)) if (lengthOf(c.container.volumeDevices) > 0) out.push(forbidden(c.at('volumeDevices'), because));
    }
    return out;
  },
});
