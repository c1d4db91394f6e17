import { volumeSecret } from '../../../lib/rules/volume/volume-secret';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const secret = (s: unknown) => [{ name: 'creds', secret: s }];

ruleCases(volumeSecret, {
  valid: [
    withVolumes('a secret volume has a secretName', secret({ secretName: 'db' })),
    withVolumes('items and modes are valid', secret({ secretName: 'db', defaultMode: 0o400, items: [{ key: 'password', path: 'pw', mode: 0 }] })),
  ],
  invalid: [
    withVolumes('the secret is named with name instead of secretName', secret({ name: 'db' }), { errors: [vol(0, '.secret.secretName')] }),
    withVolumes('defaultMode is above 0777', secret({ secretName: 'db', defaultMode: 644 }), { errors: [vol(0, '.secret.defaultMode')] }),
    withVolumes('an item path is absolute and its key empty', secret({ secretName: 'db', items: [{ key: '', path: '/pw' }] }), {
      errors: [vol(0, '.secret.items[0].key'), vol(0, '.secret.items[0].path')],
    }),
    // dropImageVolumes removes the image volume before validation: the secret is then volume 0.
    withVolumes('after an image volume dropped while ImageVolume is off', [{ name: 'model', image: { reference: 'm:1' } }, ...secret({})], {
      versions: ['1.31', '1.34'],
      errors: [vol(0, '.secret.secretName')],
    }),
    withVolumes('after an image volume that is kept', [{ name: 'model', image: { reference: 'm:1' } }, ...secret({})], {
      versions: ['1.35', '1.37'],
      errors: [vol(1, '.secret.secretName')],
    }),
  ],
});
