import { asObject } from '../../manifest/access';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { isTrue, podAt, podSecurityContext } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { visitedContainers } from '../support/containers';

/** `windowsOptions.hostProcess` of a security context, when set to a boolean. */
function hostProcessOf(securityContext: unknown): boolean | undefined {
  const v = asObject(asObject(securityContext)?.windowsOptions)?.hostProcess;
  return typeof v === 'boolean' ? v : undefined;
}

/**
 * core `validateWindowsHostProcessPod`: a container's hostProcess must equal the pod's when both
 * are set; if any container is a HostProcess container all must be, and `hostNetwork` must be
 * true. Ephemeral containers count too (`VisitContainersWithPath`). (The cluster-policy refusal needs `--allow-privileged=false`, which is not the default.)
 */
export const podWindowsHostProcess = defineRule({
  id: 'pod-windows-host-process',
  severity: 'error',
  summary: 'windows hostProcess pods must run every container as hostProcess with hostNetwork: true',
  docs: POD_DOCS.windowsHostProcess,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.securityContext', 'container.securityContext'],
  refs: ['core.validateWindowsHostProcessPod'],
  hint: 'set windowsOptions.hostProcess the same way on the pod and every container, and hostNetwork: true',
  check(view) {
    const podHostProcess = hostProcessOf(podSecurityContext(view));
    const containers = visitedContainers(view);
    if (podHostProcess === undefined && !containers.some((c) => hostProcessOf(c.container.securityContext) !== undefined)) return [];
    const out: Finding[] = [];
    let hostProcessCount = 0;
    for (const c of containers) {
      const own = hostProcessOf(c.container.securityContext);
      if (podHostProcess !== undefined && own !== undefined && own !== podHostProcess) {
        out.push(invalid(`${c.at('securityContext')}.windowsOptions.hostProcess`, own, `pod hostProcess value must be identical if both are specified, was ${podHostProcess}`));
      }
      if (own === true || (own === undefined && podHostProcess === true)) hostProcessCount++;
    }
    if (hostProcessCount === 0) return out;
    if (hostProcessCount !== containers.length) {
      out.push(invalid(podAt(view), '', 'If pod contains any hostProcess containers then all containers must be HostProcess containers'));
    }
    const hostNetwork = isTrue(view.podSpec.hostNetwork);
    if (!hostNetwork) out.push(invalid(podAt(view, 'hostNetwork'), false, 'hostNetwork must be true if pod contains any hostProcess containers'));
    return out;
  },
});
