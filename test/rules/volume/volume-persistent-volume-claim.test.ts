import { volumePersistentVolumeClaim } from '../../../lib/rules/volume/volume-persistent-volume-claim';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

ruleCases(volumePersistentVolumeClaim, {
  valid: [withVolumes('a claim is named', [{ name: 'data', persistentVolumeClaim: { claimName: 'data-pvc', readOnly: true } }])],
  invalid: [
    withVolumes('the claimName is missing', [{ name: 'data', persistentVolumeClaim: {} }], { errors: [vol(0, '.persistentVolumeClaim.claimName')] }),
    withVolumes('the claimName is empty', [{ name: 'data', persistentVolumeClaim: { claimName: '' } }], { errors: [vol(0, '.persistentVolumeClaim.claimName')] }),
  ],
});
