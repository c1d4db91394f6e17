import { describe, expect, it } from 'vitest';
import { featureGatedField } from '../../../lib/rules/job/feature-gated-field';
import { build, ruleCases, runRule } from '../rule-cases';

const indexed = { completionMode: 'Indexed', completions: 4 };
const failIndex = { podFailurePolicy: { rules: [{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [1] } }] }, template: { spec: { restartPolicy: 'Never' } } };
const sidecar = { initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }] };

ruleCases(featureGatedField, {
  valid: [
    { name: 'per-index backoff on 1.29', versions: ['1.29', '1.36'], jobSpec: { ...indexed, backoffLimitPerIndex: 1, maxFailedIndexes: 1, ...failIndex } },
    { name: 'podReplacementPolicy on 1.29', versions: ['1.29'], jobSpec: { podReplacementPolicy: 'Failed' } },
    { name: 'successPolicy on 1.31', versions: ['1.31'], jobSpec: { ...indexed, successPolicy: { rules: [{ succeededCount: 1 }] } } },
    { name: 'managedBy on 1.32', versions: ['1.32'], jobSpec: { managedBy: 'kueue.x-k8s.io/multikueue' } },
    { name: 'a sidecar init container on 1.29', versions: ['1.29'], podSpec: sidecar },
    { name: 'null fields on 1.28', versions: ['1.28'], jobSpec: { backoffLimitPerIndex: null, managedBy: null } },
  ],
  invalid: [
    { name: 'backoffLimitPerIndex on 1.28', versions: ['1.28'], jobSpec: { ...indexed, backoffLimitPerIndex: 1 }, errors: ['spec.backoffLimitPerIndex'] },
    { name: 'maxFailedIndexes on 1.28', versions: ['1.28'], jobSpec: { ...indexed, maxFailedIndexes: 1 }, errors: ['spec.maxFailedIndexes'] },
    { name: 'a FailIndex action on 1.28', versions: ['1.28'], jobSpec: failIndex, errors: ['spec.podFailurePolicy.rules[0].action'] },
    { name: 'podReplacementPolicy on 1.28', versions: ['1.28'], jobSpec: { podReplacementPolicy: 'Failed' }, errors: ['spec.podReplacementPolicy'] },
    { name: 'successPolicy on 1.29 and 1.30', versions: ['1.29', '1.30'], jobSpec: { successPolicy: { rules: [] } }, errors: ['spec.successPolicy'] },
    { name: 'managedBy on 1.28 and 1.31', versions: ['1.28', '1.31'], jobSpec: { managedBy: 'acme.io/x' }, errors: ['spec.managedBy'] },
    { name: 'a sidecar init container on 1.28', versions: ['1.28'], podSpec: sidecar, errors: ['spec.template.spec.initContainers[0].restartPolicy'] },
  ],
});

describe('feature-gated-field messages', () => {
  it('names the gate and the first version that honours the field', () => {
    const msg = (version: string, jobSpec: Record<string, unknown>) => runRule(featureGatedField, build('Job', { jobSpec }), version)[0];
    const off = msg('1.28', { podReplacementPolicy: 'Failed' });
    const unknown = msg('1.29', { successPolicy: { rules: [] } });
    expect([off.message, off.hint, unknown.message]).toMatchInlineSnapshot(`
      [
        "Forbidden: not honoured on Kubernetes 1.28: feature gate JobPodReplacementPolicy is off by default on Kubernetes 1.28, so the API server would silently drop the field from the Job; it takes effect from Kubernetes 1.29",
        "set kubernetesVersion to "1.29" or newer, or remove the field",
        "Forbidden: not honoured on Kubernetes 1.29: the field does not exist in batch/v1 before Kubernetes 1.30; it takes effect from Kubernetes 1.31",
      ]
    `);
  });
});
