import { podTemplateAnnotationValues } from '../../../lib/rules/metadata/pod-template-annotation-values';
import { ruleCases } from '../rule-cases';

const annotations = (a: Record<string, string>, podSpec?: Record<string, unknown>) => ({
  jobSpec: { template: { metadata: { annotations: a } } },
  ...(podSpec ? { podSpec } : {}),
});
const COST = 'controller.kubernetes.io/pod-deletion-cost';
const TOL = 'scheduler.alpha.kubernetes.io/tolerations';

ruleCases(podTemplateAnnotationValues, {
  valid: [
    { name: 'the deletion cost is an int32', ...annotations({ [COST]: '-2147483648' }) },
    { name: 'the deletion cost is zero', ...annotations({ [COST]: '0' }) },
    { name: 'a negative deletion cost has leading zeros', ...annotations({ [COST]: '-007' }) },
    { name: 'the tolerations annotation is a JSON list', ...annotations({ [TOL]: '[{"key":"gpu","operator":"Exists","effect":"NoExecute","tolerationSeconds":30}]' }) },
    { name: 'the tolerations annotation is empty', ...annotations({ [TOL]: '' }) },
    { name: 'the mirror annotation comes with a nodeName', ...annotations({ 'kubernetes.io/config.mirror': 'x' }, { nodeName: 'node-1' }) },
  ],
  invalid: [
    { name: 'the deletion cost has a plus sign', ...annotations({ [COST]: '+5' }), errors: [`spec.template.annotations[${COST}]`] },
    { name: 'the deletion cost has leading zeros', ...annotations({ [COST]: '007' }), errors: [`spec.template.annotations[${COST}]`] },
    { name: 'the deletion cost is beyond int32', ...annotations({ [COST]: '2147483648' }), errors: [`spec.template.annotations[${COST}]`] },
    { name: 'the deletion cost is empty', ...annotations({ [COST]: '' }), errors: [`spec.template.annotations[${COST}]`] },
    { name: 'the tolerations annotation is not JSON', ...annotations({ [TOL]: 'gpu=true' }), errors: ['spec.template.annotations'] },
    { name: 'a toleration seconds value is a string', ...annotations({ [TOL]: '[{"tolerationSeconds":"30"}]' }), errors: ['spec.template.annotations'] },
    { name: 'the mirror annotation has no nodeName', ...annotations({ 'kubernetes.io/config.mirror': 'x' }), errors: ['spec.template.annotations[kubernetes.io/config.mirror]'] },
  ],
});
