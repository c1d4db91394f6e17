import { describe, expect, it } from 'vitest';
import { isValidSysctlName, podSysctls } from '../../../lib/rules/pod/pod-sysctls';
import { build, ruleCases, runRule } from '../rule-cases';

const S = 'spec.template.spec.securityContext.sysctls';
const sysctls = (names: string[], extra: Record<string, unknown> = {}) => ({ securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) }, ...extra });

ruleCases(podSysctls, {
  valid: [
    { name: 'names are valid and unique', podSpec: sysctls(['net.ipv4.ip_local_port_range', 'kernel.shm_rmid_forced', 'net/ipv4/conf/eno2.100/rp_filter']) },
    { name: 'a kernel sysctl with hostNetwork', podSpec: sysctls(['kernel.msgmax'], { hostNetwork: true }) },
    { name: 'a net sysctl with hostNetwork on 1.28 (no host check yet)', podSpec: sysctls(['net.core.somaxconn'], { hostNetwork: true }), versions: ['1.28'] },
  ],
  invalid: [
    { name: 'a name is empty', podSpec: sysctls(['']), errors: [`${S}[0].name`] },
    { name: 'a name has upper case', podSpec: sysctls(['Net.ipv4']), errors: [`${S}[0].name`] },
    { name: 'a name is repeated', podSpec: sysctls(['kernel.msgmax', 'kernel.msgmax']), errors: [`${S}[1].name`] },
    { name: 'a net sysctl with hostNetwork', podSpec: sysctls(['net.core.somaxconn'], { hostNetwork: true }), versions: ['1.29', '1.36'], errors: [`${S}[0].name`] },
    { name: 'an IPC sysctl with hostIPC', podSpec: sysctls(['fs.mqueue.msg_max'], { hostIPC: true }), versions: ['1.29', '1.36'], errors: [`${S}[0].name`] },
  ],
});

describe('isValidSysctlName', () => {
  it.each(['kernel.shmmax', 'net.ipv4.conf.eth0/100.rp_filter', 'a'])('accepts %s', (n) => expect(isValidSysctlName(n)).toBe(true));
  it.each(['', 'a..b', '-a', 'a.', 'a'.repeat(254), 'net.*'])('refuses %j', (n) => expect(isValidSysctlName(n)).toBe(false));

  it('prints the server regex', () => {
    const [v] = runRule(podSysctls, build('Job', { podSpec: sysctls(['A']) }));
    expect(v.message).toBe('Invalid value: "A": must have at most 253 characters and match regex ^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$');
  });
});
