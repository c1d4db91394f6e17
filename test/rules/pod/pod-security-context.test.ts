import { podSecurityContextRule } from '../../../lib/rules/pod/pod-security-context';
import { ruleCases } from '../rule-cases';

const S = 'spec.template.spec.securityContext';
const sc = (securityContext: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ securityContext, ...extra });

ruleCases(podSecurityContextRule, {
  valid: [
    { name: 'ids and policies are in range', podSpec: sc({ runAsUser: 1000, runAsGroup: 0, fsGroup: 2000, supplementalGroups: [0, 2147483647], fsGroupChangePolicy: 'OnRootMismatch' }) },
    { name: 'supplementalGroupsPolicy Strict and seLinuxChangePolicy Recursive', podSpec: sc({ supplementalGroupsPolicy: 'Strict', seLinuxChangePolicy: 'Recursive' }), versions: ['1.33', '1.36'] },
    { name: 'seLinuxChangePolicy MountOption where SELinuxMount is on', podSpec: sc({ seLinuxChangePolicy: 'MountOption' }), versions: ['1.37'] },
    { name: 'policies dropped before 1.33', podSpec: sc({ supplementalGroupsPolicy: 'Loose', seLinuxChangePolicy: 'Never' }), versions: ['1.28', '1.32'] },
    { name: 'Windows options with a domain user', podSpec: sc({ windowsOptions: { runAsUserName: 'CONTOSO\\batch', gmsaCredentialSpecName: 'gmsa' } }) },
  ],
  invalid: [
    { name: 'runAsUser is negative', podSpec: sc({ runAsUser: -1 }), errors: [`${S}.runAsUser`] },
    { name: 'fsGroup exceeds int32', podSpec: sc({ fsGroup: 2147483648 }), errors: [`${S}.fsGroup`] },
    { name: 'a supplemental group is negative', podSpec: sc({ supplementalGroups: [1, -5] }), errors: [`${S}.supplementalGroups[1]`] },
    { name: 'runAsGroup is negative', podSpec: sc({ runAsGroup: -1 }), errors: [`${S}.runAsGroup`] },
    { name: 'shareProcessNamespace with hostPID', podSpec: sc({}, { shareProcessNamespace: true, hostPID: true }), errors: [`${S}.shareProcessNamespace`] },
    { name: 'fsGroupChangePolicy is unknown', podSpec: sc({ fsGroupChangePolicy: 'Never' }), errors: [`${S}.fsGroupChangePolicy`] },
    { name: 'supplementalGroupsPolicy is unknown', podSpec: sc({ supplementalGroupsPolicy: 'Loose' }), versions: ['1.33', '1.36'], errors: [`${S}.supplementalGroupsPolicy`] },
    { name: 'seLinuxChangePolicy is unknown', podSpec: sc({ seLinuxChangePolicy: 'Never' }), versions: ['1.36', '1.37'], errors: [`${S}.seLinuxChangePolicy`] },
    { name: 'seLinuxChangePolicy is MountOption (SELinuxMount is off)', podSpec: sc({ seLinuxChangePolicy: 'MountOption' }), versions: ['1.33', '1.36'], errors: [`${S}.seLinuxChangePolicy`] },
    { name: 'shareProcessNamespace with hostPID and no securityContext', podSpec: { shareProcessNamespace: true, hostPID: true }, errors: [`${S}.shareProcessNamespace`] },
    { name: 'shareProcessNamespace with hostPID, reported on the pod spec from 1.37', podSpec: sc({}, { shareProcessNamespace: true, hostPID: true }), versions: ['1.37'], errors: ['spec.template.spec.shareProcessNamespace'] },
    { name: 'runAsUserName has two backslashes', podSpec: sc({ windowsOptions: { runAsUserName: 'a\\b\\c' } }), errors: [`${S}.windowsOptions.runAsUserName`] },
    { name: 'runAsUserName has a bad character', podSpec: sc({ windowsOptions: { runAsUserName: 'user@x' } }), errors: [`${S}.windowsOptions.runAsUserName`] },
    { name: 'gmsaCredentialSpec is empty', podSpec: sc({ windowsOptions: { gmsaCredentialSpec: '' } }), errors: [`${S}.windowsOptions.gmsaCredentialSpec`] },
  ],
});
