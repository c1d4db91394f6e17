import { asArray, asInt } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { invalid, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { isTrue, podAt, podSecurityContext } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { validateWindowsOptions } from '../support/windows-options';

const MAX_ID = 2_147_483_647;
const RANGE = `must be between 0 and ${MAX_ID}, inclusive`;
const FS_GROUP_CHANGE_POLICIES = ['Always', 'OnRootMismatch'];
const SUPPLEMENTAL_GROUPS_POLICIES = ['Merge', 'Strict'];
const SELINUX_CHANGE_POLICIES = ['Recursive'];

/**
 * core `validatePodSpecSecurityContext` (less sysctls, seccomp and AppArmor, which have their
 * own rules): user and group ids 0 to 2^31-1, `shareProcessNamespace` not with `hostPID`,
 * `fsGroupChangePolicy` Always or OnRootMismatch, `supplementalGroupsPolicy` Merge or Strict
 * (1.33+; dropped from templates before), `seLinuxChangePolicy` only Recursive
 * (1.33+; MountOption needs the SELinuxMount gate, off by default), and the Windows options.
 */
export const podSecurityContextRule = defineRule({
  id: 'pod-security-context',
  severity: 'error',
  summary: 'pod securityContext ids must be 0 to 2147483647 and its policies known values',
  docs: POD_DOCS.securityContext,
  appliesTo: ['Job', 'CronJob'],
  refs: ['core.validatePodSpecSecurityContext', 'core.validateWindowsSecurityContextOptions'],
  hint: 'use user and group ids from 0 to 2147483647, fsGroupChangePolicy Always or OnRootMismatch, supplementalGroupsPolicy Merge or Strict',
  check(view) {
    const out: Finding[] = [];
    const at = (...s: Array<string | number>) => podAt(view, 'securityContext', ...s);
    // The server defaults a missing securityContext to {}, where these two live internally.
    if (isTrue(view.podSpec.shareProcessNamespace) && isTrue(view.podSpec.hostPID)) {
      out.push(invalid(at('shareProcessNamespace'), true, 'ShareProcessNamespace and HostPID cannot both be enabled'));
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
    if (isAtLeast(view.version, '1.33')) {
      const sgPolicy = sc.supplementalGroupsPolicy;
      if (typeof sgPolicy === 'string' && !SUPPLEMENTAL_GROUPS_POLICIES.includes(sgPolicy)) {
        out.push(unsupported(at('supplementalGroupsPolicy'), sgPolicy, SUPPLEMENTAL_GROUPS_POLICIES));
      }
      // SELinuxMount is off by default on every version, and then only Recursive is accepted on create.
      const seLinux = sc.seLinuxChangePolicy;
      if (typeof seLinux === 'string' && !SELINUX_CHANGE_POLICIES.includes(seLinux)) out.push(unsupported(at('seLinuxChangePolicy'), seLinux, SELINUX_CHANGE_POLICIES));
    }
    return out;
  },
});
