import { describe, expect, it } from 'vitest';
import { podTolerations } from '../../../lib/rules/pod/pod-tolerations';
import { build, ruleCases, runRule } from '../rule-cases';

const T = 'spec.template.spec.tolerations[0]';
const tol = (t: Record<string, unknown>) => ({ tolerations: [t] });

ruleCases(podTolerations, {
  valid: [
    { name: 'Equal with a value', podSpec: tol({ key: 'dedicated', operator: 'Equal', value: 'batch', effect: 'NoSchedule' }) },
    { name: 'an empty operator means Equal', podSpec: tol({ key: 'dedicated', value: 'batch' }) },
    { name: 'Exists without key tolerates everything', podSpec: tol({ operator: 'Exists' }) },
    { name: 'tolerationSeconds with NoExecute', podSpec: tol({ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }) },
  ],
  invalid: [
    { name: 'the key is empty and the operator Equal', podSpec: tol({ operator: 'Equal' }), errors: [`${T}.operator`] },
    { name: 'tolerationSeconds without NoExecute', podSpec: tol({ key: 'a', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 5 }), errors: [`${T}.effect`] },
    { name: 'Exists has a value', podSpec: tol({ key: 'a', operator: 'Exists', value: 'b' }), errors: [`${T}.operator`] },
    { name: 'the value is not a label value', podSpec: tol({ key: 'a', value: 'not valid' }), errors: [`${T}.operator`] },
    { name: 'the operator is unknown', podSpec: tol({ key: 'a', operator: 'In' }), errors: [`${T}.operator`] },
    { name: 'Lt is off by default', podSpec: tol({ key: 'a', operator: 'Lt', value: '5' }), errors: [`${T}.operator`] },
    { name: 'the effect is unknown', podSpec: tol({ key: 'a', operator: 'Exists', effect: 'NoAdmit' }), errors: [`${T}.effect`] },
    { name: 'the key is not a label key', podSpec: tol({ key: 'a b', operator: 'Exists' }), errors: [`${T}.key`] },
  ],
});

describe('pod-tolerations messages', () => {
  it('lists Lt and Gt among the supported operators from 1.35', () => {
    const m = build('Job', { podSpec: tol({ key: 'a', operator: 'Gt', value: '1' }) });
    expect(runRule(podTolerations, m, '1.34')[0].message).toBe('Unsupported value: "Gt": supported values: "Equal", "Exists"');
    expect(runRule(podTolerations, m, '1.36')[0].message).toBe('Unsupported value: "Gt": supported values: "Equal", "Exists", "Lt", "Gt"');
  });
});
