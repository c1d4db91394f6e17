import { describe, expect, it } from 'vitest';
import { podFailurePolicyOnExitCodes } from '../../../lib/rules/job/pod-failure-policy-on-exit-codes';
import { build, ruleCases, runRule } from '../rule-cases';

const on = (onExitCodes: Record<string, unknown>) => ({ jobSpec: { podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes }] }, template: { spec: { restartPolicy: 'Never' } } } });
const P = 'spec.podFailurePolicy.rules[0].onExitCodes';

ruleCases(podFailurePolicyOnExitCodes, {
  valid: [
    { name: 'In with ordered codes', ...on({ operator: 'In', values: [1, 2, 42] }) },
    { name: 'NotIn with 0 and negative codes', ...on({ operator: 'NotIn', values: [-1, 0, 1] }) },
    { name: 'a known containerName', kinds: ['Job'], ...on({ containerName: 'pi', operator: 'In', values: [1] }) },
    { name: 'an init container name', podSpec: { initContainers: [{ name: 'setup', image: 'busybox' }] }, ...on({ containerName: 'setup', operator: 'In', values: [1] }) },
    { name: '255 values', ...on({ operator: 'In', values: Array.from({ length: 255 }, (_, i) => i + 1) }) },
  ],
  invalid: [
    { name: 'the operator is missing', ...on({ values: [1] }), errors: [`${P}.operator`] },
    { name: 'the operator is unknown', ...on({ operator: 'Equals', values: [1] }), errors: [`${P}.operator`] },
    { name: 'containerName is unknown', ...on({ containerName: 'main', operator: 'In', values: [1] }), errors: [`${P}.containerName`] },
    { name: 'values is empty', ...on({ operator: 'In', values: [] }), errors: [`${P}.values`] },
    { name: 'values is missing', ...on({ operator: 'In' }), errors: [`${P}.values`] },
    { name: '256 values', ...on({ operator: 'NotIn', values: Array.from({ length: 256 }, (_, i) => i + 1) }), errors: [`${P}.values`] },
    { name: '0 with In', ...on({ operator: 'In', values: [0, 1] }), errors: [`${P}.values[0]`] },
    { name: 'a value repeats', ...on({ operator: 'In', values: [1, 1, 1] }), errors: [`${P}.values[1]`, `${P}.values[2]`] },
    { name: 'values are not ordered', ...on({ operator: 'In', values: [19, 11] }), errors: [`${P}.values`] },
  ],
});

describe('pod-failure-policy-on-exit-codes messages', () => {
  it('renders lists as JSON', () => {
    const msgs = (o: Record<string, unknown>) => runRule(podFailurePolicyOnExitCodes, build('Job', on(o))).map((v) => v.message);
    expect([...msgs({ operator: 'In', values: [19, 11] }), ...msgs({ operator: 'In', values: [] }), ...msgs({ values: [1] })]).toMatchInlineSnapshot(`
      [
        "Invalid value: [19,11]: must be ordered",
        "Invalid value: []: at least one value is required",
        "Required value: valid values: ["In" "NotIn"]",
      ]
    `);
  });
});
