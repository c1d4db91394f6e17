import { GATED_FEATURES } from '../../k8s/features';
import { asObject } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { forbidden, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { isTrue, podAt, podSecurityContext } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { visitedContainers } from '../support/containers';
import { isSet, lengthOf } from '../support/values';

const OS_NAMES = ['linux', 'windows'];
const WINDOWS = 'cannot be set for a windows pod';
const LINUX = 'windows options cannot be set for a linux pod';

/** Pod securityContext fields a Windows pod may not set, with the version that validates each. */
const POD_SC_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['appArmorProfile', '1.30'],
  ['seLinuxOptions', '1.28'],
  ['seccompProfile', '1.28'],
  ['fsGroup', '1.28'],
  ['fsGroupChangePolicy', '1.28'],
  ['sysctls', '1.28'],
  ['runAsUser', '1.28'],
  ['runAsGroup', '1.28'],
  ['supplementalGroups', '1.28'],
  // Dropped from templates while their gate is off.
  ['supplementalGroupsPolicy', GATED_FEATURES.supplementalGroupsPolicy.since ?? 'never'],
  ['seLinuxChangePolicy', GATED_FEATURES.seLinuxChangePolicy.since ?? 'never'],
];
const CONTAINER_SC_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['appArmorProfile', '1.30'],
  ['seLinuxOptions', '1.28'],
  ['seccompProfile', '1.28'],
  ['capabilities', '1.28'],
  ['readOnlyRootFilesystem', '1.28'],
  ['privileged', '1.28'],
  ['allowPrivilegeEscalation', '1.28'],
  ['procMount', '1.28'],
  ['runAsUser', '1.28'],
  ['runAsGroup', '1.28'],
];

/**
 * core `validateOS`, `validateWindows` and `validateLinux`: `os.name` is linux or windows; a
 * Windows pod may not set the Linux-only pod and container fields (host namespaces, ids,
 * seccomp, SELinux, AppArmor, sysctls, capabilities...); a Linux pod may not set windowsOptions.
 * Owns the os-driven container checks too.
 */
export const podOs = defineRule({
  id: 'pod-os',
  severity: 'error',
  summary: 'os.name must be linux or windows, and the pod may not set fields the other OS owns',
  docs: POD_DOCS.os,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.os'],
  refs: ['core.validateOS', 'core.validateWindows', 'core.validateLinux'],
  hint: 'drop the fields the message names, or set os.name to the OS they belong to',
  check(view) {
    const os = view.podSpec.os;
    if (!isSet(os)) return [];
    const name = asObject(os)?.name;
    if (typeof name !== 'string' && name !== undefined && name !== null) return [];
    if (!name) return [required(podAt(view, 'os', 'name'))];
    if (!OS_NAMES.includes(name)) return [unsupported(podAt(view, 'os'), name, OS_NAMES)];
    const out: Finding[] = [];
    const sc = podSecurityContext(view);
    const containers = visitedContainers(view);
    const containerSc = (c: (typeof containers)[number]) => asObject(c.container.securityContext);
    if (name === 'linux') {
      if (isSet(sc?.windowsOptions)) out.push(forbidden(podAt(view, 'securityContext', 'windowsOptions'), LINUX));
      for (const c of containers) if (isSet(containerSc(c)?.windowsOptions)) out.push(forbidden(`${c.at('securityContext')}.windowsOptions`, LINUX));
      return out;
    }
    const on = (since: string) => isAtLeast(view.version, since as Parameters<typeof isAtLeast>[1]);
    const spec = view.podSpec;
    for (const [field, since] of POD_SC_FIELDS.slice(0, 2)) if (sc && isSet(sc[field]) && on(since)) out.push(forbidden(podAt(view, 'securityContext', field), WINDOWS));
    if (isAtLeast(view.version, '1.33') && isSet(spec.hostUsers)) out.push(forbidden(podAt(view, 'hostUsers'), WINDOWS));
    if (isTrue(spec.hostPID)) out.push(forbidden(podAt(view, 'hostPID'), WINDOWS));
    if (isTrue(spec.hostIPC)) out.push(forbidden(podAt(view, 'hostIPC'), WINDOWS));
    for (const [field, since] of POD_SC_FIELDS.slice(2, 6)) {
      const set = field === 'sysctls' ? lengthOf(sc?.sysctls) > 0 : isSet(sc?.[field]);
      if (sc && set && on(since)) out.push(forbidden(podAt(view, 'securityContext', field), WINDOWS));
    }
    if (isSet(spec.shareProcessNamespace)) out.push(forbidden(podAt(view, 'shareProcessNamespace'), WINDOWS));
    for (const [field, since] of POD_SC_FIELDS.slice(6)) if (sc && isSet(sc[field]) && on(since)) out.push(forbidden(podAt(view, 'securityContext', field), WINDOWS));
    for (const c of containers) {
      const csc = containerSc(c);
      if (!csc) continue;
      for (const [field, since] of CONTAINER_SC_FIELDS) if (isSet(csc[field]) && on(since)) out.push(forbidden(`${c.at('securityContext')}.${field}`, WINDOWS));
    }
    return out;
  },
});
