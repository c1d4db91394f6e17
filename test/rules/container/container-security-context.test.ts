import { containerSecurityContext } from '../../../lib/rules/container/container-security-context';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';

ruleCases(containerSecurityContext, {
  valid: [
    { name: 'a restricted context', container: { securityContext: { runAsUser: 1000, runAsGroup: 0, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } } },
    { name: 'profiles and a Windows user', container: { securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' }, appArmorProfile: { type: 'RuntimeDefault' }, windowsOptions: { runAsUserName: 'NT AUTHORITY\\NETWORK SERVICE' } } } },
    { name: 'any procMount before 1.33 (ProcMountType off resets it to Default)', versions: ['1.28', '1.32'], container: { securityContext: { procMount: 'Masked' } } },
    { name: 'Unmasked with hostUsers false (a pod field in batch/v1)', podSpec: { hostUsers: false }, container: { securityContext: { procMount: 'Unmasked' } } },
  ],
  invalid: [
    { name: 'privileged without escalation', container: { securityContext: { privileged: true, allowPrivilegeEscalation: false } }, errors: [`${C}.securityContext`] },
    { name: 'CAP_SYS_ADMIN without escalation', container: { securityContext: { capabilities: { add: ['CAP_SYS_ADMIN'] }, allowPrivilegeEscalation: false } }, errors: [`${C}.securityContext`] },
    { name: 'a negative user id', container: { securityContext: { runAsUser: -1, runAsGroup: 4294967296 } }, errors: [`${C}.securityContext.runAsUser`, `${C}.securityContext.runAsGroup`] },
    { name: 'Unmasked with host users', versions: ['1.33', '1.36'], container: { securityContext: { procMount: 'Unmasked' } }, errors: [`${C}.securityContext.procMount`] },
    { name: 'procMount is unknown', versions: ['1.33', '1.36'], container: { securityContext: { procMount: 'Masked' } }, errors: [`${C}.securityContext.procMount`] },
    { name: 'seccomp Localhost without a profile', container: { securityContext: { seccompProfile: { type: 'Localhost' } } }, errors: [`${C}.securityContext.seccompProfile.localhostProfile`] },
    { name: 'seccomp type is unknown', container: { securityContext: { seccompProfile: { type: 'runtime/default' } } }, errors: [`${C}.securityContext.seccompProfile.type`] },
    { name: 'AppArmor Unconfined with a profile', versions: ['1.30', '1.36'], container: { securityContext: { appArmorProfile: { type: 'Unconfined', localhostProfile: 'x' } } }, errors: [`${C}.securityContext.appArmorProfile.localhostProfile`] },
    { name: 'a Windows user name has two backslashes', container: { securityContext: { windowsOptions: { runAsUserName: 'dom\\user\\x' } } }, errors: [`${C}.securityContext.windowsOptions.runAsUserName`] },
  ],
});
