import { volumeCsi } from '../../../lib/rules/volume/volume-csi';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const csi = (c: unknown) => [{ name: 'secrets', csi: c }];

ruleCases(volumeCsi, {
  valid: [
    withVolumes('a csi volume names its driver', csi({ driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'vault' } })),
    withVolumes('a driver name in upper case (compared in lower case)', csi({ driver: 'Disk.CSI.Example.com' })),
    withVolumes('a nodePublishSecretRef names a secret', csi({ driver: 'd.example.com', nodePublishSecretRef: { name: 'creds' } })),
  ],
  invalid: [
    withVolumes('the driver is missing (required, and before 1.35 also not a subdomain)', csi({}), {
      versions: ['1.28', '1.34'],
      errors: [vol(0, '.csi.driver'), vol(0, '.csi.driver')],
    }),
    withVolumes('the driver is missing', csi({}), { versions: ['1.35', '1.36'], errors: [vol(0, '.csi.driver')] }),
    withVolumes('the driver name is longer than 63 characters', csi({ driver: `${'a'.repeat(60)}.example.com` }), { errors: [vol(0, '.csi.driver')] }),
    withVolumes('the driver name has a slash', csi({ driver: 'example.com/disk' }), { errors: [vol(0, '.csi.driver')] }),
    withVolumes('the nodePublishSecretRef has no name', csi({ driver: 'd.example.com', nodePublishSecretRef: {} }), {
      errors: [vol(0, '.csi.nodePublishSecretRef.name')],
    }),
    withVolumes('the nodePublishSecretRef name is not a subdomain (reported at csi.name)', csi({ driver: 'd.example.com', nodePublishSecretRef: { name: '${SECRET}' } }), {
      errors: [vol(0, '.csi.name')],
    }),
  ],
});
