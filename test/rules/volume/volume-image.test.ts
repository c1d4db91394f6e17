import { volumeImage } from '../../../lib/rules/volume/volume-image';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const image = (i: unknown) => [{ name: 'model', image: i }];

ruleCases(volumeImage, {
  valid: [
    withVolumes('an image volume has a known pull policy', image({ reference: 'quay.io/models/llm:v1', pullPolicy: 'IfNotPresent' }), { versions: ['1.35', '1.36'] }),
    withVolumes('an image volume leaves the pull policy to its default', image({ reference: 'quay.io/models/llm:v1' }), { versions: ['1.35', '1.36'] }),
    withVolumes('an image volume is dropped while its gate is off', image({ reference: 'x', pullPolicy: 'Sometimes' }), { versions: ['1.31', '1.34'] }),
    withVolumes('a template may leave the reference empty before 1.37', image({ pullPolicy: 'Always' }), { versions: ['1.35', '1.36'] }),
    withVolumes('a reference on 1.37', image({ reference: 'quay.io/models/llm:v1' }), { versions: ['1.37'] }),
    withVolumes('an image source is unknown before 1.31', [{ name: 'model', emptyDir: {}, image: { pullPolicy: 'Sometimes' } }], { versions: ['1.28', '1.30'] }),
  ],
  invalid: [
    withVolumes('the pull policy is unknown', image({ reference: 'x', pullPolicy: 'always' }), { versions: ['1.35', '1.37'], errors: [vol(0, '.image.pullPolicy')] }),
    withVolumes('from 1.37 a template needs a reference', image({ reference: '', pullPolicy: 'Never' }), { versions: ['1.37'], errors: [vol(0, '.image.reference')] }),
    withVolumes('no reference and an unknown pull policy', image({ pullPolicy: 'Sometimes' }), { versions: ['1.37'], errors: [vol(0, '.image.reference'), vol(0, '.image.pullPolicy')] }),
  ],
});
