import { podResourceClaims } from '../../../lib/rules/pod/pod-resource-claims';
import { ruleCases } from '../rule-cases';

const R = 'spec.template.spec.resourceClaims';

ruleCases(podResourceClaims, {
  valid: [
    { name: 'claims with one source each', podSpec: { resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 'gpu-template' }, { name: 'shared', resourceClaimName: 'shared-gpu' }] }, versions: ['1.34', '1.36'] },
    { name: 'claims are dropped before 1.34', podSpec: { resourceClaims: [{ name: 'Bad' }] }, versions: ['1.28', '1.33'] },
  ],
  invalid: [
    { name: 'a claim has no name', podSpec: { resourceClaims: [{ resourceClaimName: 'a' }] }, versions: ['1.34', '1.36'], errors: [`${R}[0].name`] },
    { name: 'two claims share a name', podSpec: { resourceClaims: [{ name: 'a', resourceClaimName: 'x' }, { name: 'a', resourceClaimName: 'y' }] }, versions: ['1.36'], errors: [`${R}[1].name`] },
    { name: 'a claim has both sources', podSpec: { resourceClaims: [{ name: 'a', resourceClaimName: 'x', resourceClaimTemplateName: 'y' }] }, versions: ['1.36'], errors: [`${R}[0]`] },
    { name: 'a claim has no source', podSpec: { resourceClaims: [{ name: 'a' }] }, versions: ['1.36'], errors: [`${R}[0]`] },
    { name: 'a claim template name is a placeholder', podSpec: { resourceClaims: [{ name: 'a', resourceClaimTemplateName: '{{ .Values.claim }}' }] }, versions: ['1.36'], errors: [`${R}[0].resourceClaimTemplateName`] },
  ],
});
