import { volumeSourceCount } from '../../../lib/rules/volume/volume-source-count';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

ruleCases(volumeSourceCount, {
  valid: [
    withVolumes('each volume has one source', [{ name: 'a', emptyDir: {} }, { name: 'b', secret: { secretName: 's' } }]),
    withVolumes('a second source is null', [{ name: 'a', emptyDir: {}, secret: null }]),
    withVolumes('a volume has no source', [{ name: 'a' }]),
    withVolumes('an image source is unknown before 1.31 (the decoder drops it)', [{ name: 'a', emptyDir: {}, image: { reference: 'x' } }], {
      versions: ['1.28', '1.30'],
    }),
    withVolumes('an image volume is dropped while the ImageVolume gate is off', [{ name: 'a', emptyDir: {}, image: { reference: 'x' } }], {
      versions: ['1.31', '1.34'],
    }),
  ],
  invalid: [
    withVolumes('a volume has a configMap and a secret', [{ name: 'a', configMap: { name: 'c' }, secret: { secretName: 's' } }], {
      errors: [vol(0, '.configMap')],
    }),
    withVolumes('a volume has emptyDir and downwardAPI (reported at the misspelt downwarAPI)', [{ name: 'a', emptyDir: {}, downwardAPI: {} }], {
      errors: [vol(0, '.downwarAPI')],
    }),
    withVolumes('a volume has three sources', [{ name: 'a', hostPath: { path: '/x' }, cephfs: { monitors: ['m'] }, nfs: { server: 's', path: '/' } }], {
      errors: [vol(0, '.nfs'), vol(0, '.cephFS')],
    }),
    withVolumes('an image volume also has emptyDir once the gate is on', [{ name: 'a', emptyDir: {}, image: { reference: 'x' } }], {
      versions: ['1.35', '1.36'],
      errors: [vol(0, '.image')],
    }),
  ],
});
