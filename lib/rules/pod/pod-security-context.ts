import { asArray, asInt } from '../../manifest/access';
import { invalid, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { gateOn, validationChanged } from '../support/gates';
import { isTrue, podAt, podSecurityContext } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { validateWindowsOptions } from '../support/windows-options';

const MAX_ID = 2_147_483_647;
const RANGE = `must be between 0 and ${MAX_ID}, inclusive`;
const FS_GROUP_CHANGE_POLICIES = ['Always', 'OnRootMismatch'];
const SUPPLEMENTAL_GROUPS_POLICIES = ['Merge', 'Strict'];
/** Without SELinuxMount only Recursive is accepted on create; with it, either (sorted). */
const SELINUX_CHANGE_POLICIES = ['Recursive'];
const SELINUX_CHANGE_POLICIES_WITH_MOUNT_OPTION = ['MountOption', 'Recursive'];

/**
 * core `validatePodSpecSecurityContext` (less sysctls, seccomp and AppArmor, which have their
 * own rules): user and group ids 0 to 2^31-1, `shareProcessNamespace` not with `hostPID`
 * (reported under `securityContext` before 1.37, on the pod spec from then on),
 * `fsGroupChangePolicy` Always or OnRootMismatch, `supplementalGroupsPolicy` Merge or Strict and
 * `seLinuxChangePolicy` (each dropped from templates while its gate is off: before 1.33),
 * which may be MountOption only where the SELinuxMount gate is on (1.37), and the Windows options.
 */
export const podSecurityContextRule = defineRule({
  id: 'pod-security-context',
  severity: 'error',
  summary: 'pod securityContext ids must be 0 to 2147483647 and its policies known values',
  docs: POD_DOCS.securityContext,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.shareProcessNamespace', 'pod.securityContext'],
  refs: ['core.validatePodSpecSecurityContext', 'core.validateWindowsSecurityContextOptions'],
  hint: 'use user and group ids from 0 to 2147483647, fsGroupChangePolicy Always or OnRootMismatch, supplementalGroupsPolicy Merge or Strict, seLinuxChangePolicy Recursive (MountOption from Kubernetes 1.37), and not shareProcessNamespace with hostPID',
  check(view) {
    const out: Finding[] = [];
    const at = (...s: Array<string | number>) => podAt(view, 'securityContext', ...s);
    if (isTrue(view.podSpec.shareProcessNamespace) && isTrue(view.podSpec.hostPID)) {
      // Before 1.37 the check is in the (defaulted) internal securityContext, where these two live.
      const path = validationChanged(view.version, 'shareProcessNamespaceAtPodSpec') ? podAt(view, 'shareProcessNamespace') : at('shareProcessNamespace');
      out.push(invalid(path, true, 'ShareProcessNamespace and HostPID cannot both be enabled'));
    }
    const sc = podSecurityContext(view);
    if (!sc) return out;
    for (const field of ['fsGroup', 'runAsUser', 'runAsGroup']) {
      const id = asInt(sc[field]);
      if (id !== undefined && (id < 0 || id > MAX_ID)) out.push(invalid(at(field), id, RANGE));
    }
    (asArray(sc.supplementalGroups) ?? []).forEach((g, i) => {
      const id = asInt(g);
      if (id !== undefined && (id < 0 || id > MAX_ID)) out.push(invalid(at('supplementalGroups', i), id, RANGE));
    });
    const fsPolicy = sc.fsGroupChangePolicy;
    if (typeof fsPolicy === 'string' && !FS_GROUP_CHANGE_POLICIES.includes(fsPolicy)) out.push(unsupported(at('fsGroupChangePolicy'), fsPolicy, FS_GROUP_CHANGE_POLICIES));
    out.push(...validateWindowsOptions(sc.windowsOptions, at('windowsOptions')));
    const sgPolicy = sc.supplementalGroupsPolicy;
    if (gateOn(view, 'supplementalGroupsPolicy') && typeof sgPolicy === 'string' && !SUPPLEMENTAL_GROUPS_POLICIES.includes(sgPolicy)) {
      out.push(unsupported(at('supplementalGroupsPolicy'), sgPolicy, SUPPLEMENTAL_GROUPS_POLICIES));
    }
    const seLinux = sc.seLinuxChangePolicy;
    if (gateOn(view, 'seLinuxChangePolicy') && typeof seLinux === 'string') {
      const accepted = gateOn(view, 'seLinuxMountOption') ? SELINUX_CHANGE_POLICIES_WITH_MOUNT_OPTION : SELINUX_CHANGE_POLICIES;
      if (!accepted.includes(seLinux)) out.push(unsupported(at('seLinuxChangePolicy'), seLinux, accepted));
    }
    return out;
  },
});
