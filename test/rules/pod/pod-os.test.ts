import { podOs } from '../../../lib/rules/pod/pod-os';
import { ruleCases } from '../rule-cases';

const S = 'spec.template.spec';

ruleCases(podOs, {
  valid: [
    { name: 'a Linux pod with Linux fields', podSpec: { os: { name: 'linux' }, hostPID: true, securityContext: { runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } } } },
    { name: 'a Windows pod with Windows options', podSpec: { os: { name: 'windows' }, securityContext: { windowsOptions: { runAsUserName: 'ContainerUser' } } } },
    { name: 'no os', podSpec: { securityContext: { windowsOptions: {}, runAsUser: 1 } } },
  ],
  invalid: [
    { name: 'os.name is empty', podSpec: { os: {} }, errors: [`${S}.os.name`] },
    { name: 'os.name is unknown', podSpec: { os: { name: 'darwin' } }, errors: [`${S}.os`] },
    { name: 'a Linux pod sets windowsOptions', podSpec: { os: { name: 'linux' }, securityContext: { windowsOptions: {} } }, container: { securityContext: { windowsOptions: {} } }, errors: [`${S}.securityContext.windowsOptions`, `${S}.containers[0].securityContext.windowsOptions`] },
    {
      name: 'a Windows pod sets Linux pod fields',
      podSpec: { os: { name: 'windows' }, hostPID: true, hostIPC: true, shareProcessNamespace: false, securityContext: { runAsUser: 1, runAsGroup: 1, fsGroup: 1, supplementalGroups: [], seccompProfile: { type: 'RuntimeDefault' }, seLinuxOptions: {}, sysctls: [{ name: 'a', value: 'b' }], fsGroupChangePolicy: 'Always' } },
      errors: [
        `${S}.hostPID`,
        `${S}.hostIPC`,
        `${S}.shareProcessNamespace`,
        `${S}.securityContext.runAsUser`,
        `${S}.securityContext.runAsGroup`,
        `${S}.securityContext.fsGroup`,
        `${S}.securityContext.supplementalGroups`,
        `${S}.securityContext.seccompProfile`,
        `${S}.securityContext.seLinuxOptions`,
        `${S}.securityContext.sysctls`,
        `${S}.securityContext.fsGroupChangePolicy`,
      ],
    },
    { name: 'a Windows pod sets hostUsers (1.33+)', podSpec: { os: { name: 'windows' }, hostUsers: true }, versions: ['1.33', '1.36'], errors: [`${S}.hostUsers`] },
    {
      name: 'a Windows container sets Linux fields',
      podSpec: { os: { name: 'windows' } },
      container: { securityContext: { privileged: false, capabilities: {}, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, runAsUser: 1 } },
      errors: [
        `${S}.containers[0].securityContext.privileged`,
        `${S}.containers[0].securityContext.capabilities`,
        `${S}.containers[0].securityContext.readOnlyRootFilesystem`,
        `${S}.containers[0].securityContext.allowPrivilegeEscalation`,
        `${S}.containers[0].securityContext.runAsUser`,
      ],
    },
    { name: 'a Windows pod sets appArmorProfile (1.30+)', podSpec: { os: { name: 'windows' }, securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } }, versions: ['1.30', '1.36'], errors: [`${S}.securityContext.appArmorProfile`] },
    // validateLinux/validateWindows visit ephemeral containers too (oracle 1.30, 1.36)
    { name: 'a Linux pod has an ephemeral container with windowsOptions', podSpec: { os: { name: 'linux' }, ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36', securityContext: { windowsOptions: { runAsUserName: 'u' } } }] }, errors: [`${S}.ephemeralContainers[0].securityContext.windowsOptions`] },
    { name: 'a Windows pod has an ephemeral container with seLinuxOptions', podSpec: { os: { name: 'windows' }, ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36', securityContext: { seLinuxOptions: { level: 's0' } } }] }, errors: [`${S}.ephemeralContainers[0].securityContext.seLinuxOptions`] },
  ],
});
