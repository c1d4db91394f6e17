import { isAtLeast } from '../../versions';
import { duplicate, invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { isTrue, podAt, podSecurityContext } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, objectsOf } from '../support/values';

const SYSCTL_MAX_LENGTH = 253;
const SYSCTL_REGEX_TEXT = '^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$';
const SEGMENT = /^[a-z0-9](?:[-_a-z0-9]*[a-z0-9])?$/;

/** core `IsValidSysctlName`: segments split on `.` or `/` (linear, unlike the Go regex run backwards). */
export function isValidSysctlName(name: string): boolean {
  return name.length <= SYSCTL_MAX_LENGTH && name.split(/[./]/).every((s) => SEGMENT.test(s));
}

const IPC_NAMES = new Set(['kernel.sem', 'kernel.shmall', 'kernel.shmmax', 'kernel.shmmni', 'kernel.shm_rmid_forced', 'kernel.shm', 'kernel.msgmax', 'kernel.msgmnb', 'kernel.msgmni', 'kernel.msg']);

/** `utilsysctl.GetNamespace` (component-helpers): which host namespace a sysctl belongs to. */
function sysctlNamespace(sysctl: string): 'Net' | 'IPC' | undefined {
  let name = sysctl;
  const sep = name.search(/[./]/);
  if (sep !== -1 && name[sep] === '/') name = name.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
  const star = name.indexOf('*');
  if (star !== -1) name = name.slice(0, star);
  if (IPC_NAMES.has(name)) return 'IPC';
  if (name.startsWith('net.')) return 'Net';
  if (name.startsWith('fs.mqueue.')) return 'IPC';
  return undefined;
}

/**
 * core `validateSysctls` and `ValidateHostSysctl`: names required, valid and unique; no
 * network sysctl with `hostNetwork: true`, no IPC sysctl with `hostIPC: true` (from 1.29).
 */
export const podSysctls = defineRule({
  id: 'pod-sysctls',
  severity: 'error',
  summary: 'pod sysctls need unique valid names that the pod namespaces allow',
  docs: POD_DOCS.sysctls,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.securityContext'],
  refs: ['core.validateSysctls', 'core.ValidateHostSysctl'],
  hint: 'name each sysctl once, like net.ipv4.ip_local_port_range, and leave net.* out with hostNetwork and kernel.shm*/msg*/sem out with hostIPC',
  check(view) {
    const sc = podSecurityContext(view);
    if (!sc) return [];
    const out: Finding[] = [];
    const names = new Set<string>();
    // ValidateHostSysctl arrived in 1.29.
    const hostChecks = isAtLeast(view.version, '1.29');
    const hostNetwork = hostChecks && isTrue(view.podSpec.hostNetwork);
    const hostIPC = hostChecks && isTrue(view.podSpec.hostIPC);
    for (const { item, index } of objectsOf(sc.sysctls)) {
      const name = goString(item.name);
      if (name === undefined) continue;
      const path = podAt(view, 'securityContext', 'sysctls', index, 'name');
      if (name === '') out.push(required(path));
      else if (!isValidSysctlName(name)) out.push(invalid(path, name, `must have at most ${SYSCTL_MAX_LENGTH} characters and match regex ${SYSCTL_REGEX_TEXT}`));
      else if (names.has(name)) out.push(duplicate(path, name));
      const ns = sysctlNamespace(name);
      if (hostNetwork && ns === 'Net') out.push(invalid(path, name, "may not be specified when 'hostNetwork' is true"));
      else if (hostIPC && ns === 'IPC') out.push(invalid(path, name, "may not be specified when 'hostIPC' is true"));
      names.add(name);
    }
    return out;
  },
});
