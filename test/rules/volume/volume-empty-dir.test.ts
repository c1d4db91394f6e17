import { volumeEmptyDir } from '../../../lib/rules/volume/volume-empty-dir';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const emptyDir = (e: unknown) => [{ name: 'scratch', emptyDir: e }];

ruleCases(volumeEmptyDir, {
  valid: [
    withVolumes('an emptyDir has no limit', emptyDir({})),
    withVolumes('an emptyDir has a positive limit and a medium', emptyDir({ medium: 'Memory', sizeLimit: '512Mi' })),
    withVolumes('a negative zero limit is zero', emptyDir({ sizeLimit: '-0Mi' })),
    withVolumes('a numeric limit is zero', emptyDir({ sizeLimit: 0 })),
  ],
  invalid: [
    withVolumes('the limit is negative', emptyDir({ sizeLimit: '-1Gi' }), { errors: [vol(0, '.emptyDir.sizeLimit')] }),
    withVolumes('a numeric limit is negative', emptyDir({ sizeLimit: -5 }), { errors: [vol(0, '.emptyDir.sizeLimit')] }),
    withVolumes('a fractional limit is negative', emptyDir({ sizeLimit: '-0.5' }), { errors: [vol(0, '.emptyDir.sizeLimit')] }),
  ],
});
