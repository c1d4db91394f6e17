import { volumeNfs } from '../../../lib/rules/volume/volume-nfs';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const nfs = (n: unknown) => [{ name: 'share', nfs: n }];

ruleCases(volumeNfs, {
  valid: [withVolumes('an nfs share has a server and an absolute path', nfs({ server: 'nfs.example.com', path: '/exports' }))],
  invalid: [
    withVolumes('the server is missing', nfs({ path: '/exports' }), { errors: [vol(0, '.nfs.server')] }),
    withVolumes('the path is relative', nfs({ server: 's', path: 'exports' }), { errors: [vol(0, '.nfs.path')] }),
    withVolumes('the path is missing (required and not absolute)', nfs({ server: 's' }), { errors: [vol(0, '.nfs.path'), vol(0, '.nfs.path')] }),
  ],
});
