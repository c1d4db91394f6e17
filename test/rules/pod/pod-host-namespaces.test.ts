import { podHostNamespaces } from '../../../lib/rules/pod/pod-host-namespaces';
import { ruleCases } from '../rule-cases';

const S = 'spec.template.spec';

ruleCases(podHostNamespaces, {
  valid: [
    { name: 'hostNetwork with hostPort equal to containerPort', podSpec: { hostNetwork: true }, container: { ports: [{ containerPort: 8080, hostPort: 8080 }, { containerPort: 9090 }] } },
    { name: 'hostUsers false alone', podSpec: { hostUsers: false }, versions: ['1.33', '1.36'] },
    { name: 'hostUsers false with host namespaces before 1.33 (dropped)', podSpec: { hostUsers: false, hostPID: true }, versions: ['1.28', '1.32'] },
  ],
  invalid: [
    { name: 'hostNetwork with a different hostPort', podSpec: { hostNetwork: true }, container: { ports: [{ containerPort: 8080, hostPort: 80 }] }, errors: [`${S}.containers[0].ports[0].hostPort`] },
    {
      name: 'hostUsers false with the host namespaces',
      podSpec: { hostUsers: false, hostNetwork: true, hostPID: true, hostIPC: true },
      versions: ['1.33', '1.36'],
      errors: [`${S}.hostNetwork`, `${S}.HostPID`, `${S}.HostIPC`],
    },
    { name: 'hostUsers false with volumeDevices (1.34+)', podSpec: { hostUsers: false }, container: { volumeDevices: [{ name: 'd', devicePath: '/dev/xvda' }] }, versions: ['1.34', '1.36'], errors: [`${S}.containers[0].volumeDevices`] },
    // validateHostUsers visits ephemeral containers too (oracle 1.36)
    { name: 'hostUsers false with an ephemeral container with volumeDevices', podSpec: { hostUsers: false, volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'c' } }], ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36', volumeDevices: [{ name: 'd', devicePath: '/dev/x' }] }] }, versions: ['1.34', '1.36'], errors: [`${S}.ephemeralContainers[0].volumeDevices`] },
  ],
});
