import { describe, expect, it } from 'vitest';
import { containerEnvResourceField } from '../../../lib/rules/container/container-env-resource-field';
import { lintManifest } from '../../../lib/lint';
import { ruleCases, validJob } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';
const field = (resourceFieldRef: Record<string, unknown>) => ({ env: [{ name: 'A', valueFrom: { resourceFieldRef } }] });

ruleCases(containerEnvResourceField, {
  valid: [
    { name: 'limits.cpu with divisor 1m', container: field({ resource: 'limits.cpu', divisor: '1m' }) },
    { name: 'requests.cpu with divisor 1000m (printed as 1)', container: field({ resource: 'requests.cpu', divisor: '1000m' }) },
    { name: 'requests.memory with divisor 1Mi', container: field({ resource: 'requests.memory', divisor: '1Mi' }) },
    { name: 'limits.ephemeral-storage with divisor 1Gi', container: field({ resource: 'limits.ephemeral-storage', divisor: '1Gi' }) },
    { name: 'a hugepages limit with divisor 1Ki', container: field({ resource: 'limits.hugepages-2Mi', divisor: '1Ki' }) },
    { name: 'a zero divisor (unset)', container: field({ resource: 'limits.cpu', divisor: '0' }) },
    { name: 'another containerName (not checked for env)', container: field({ containerName: 'nope', resource: 'limits.cpu' }) },
  ],
  invalid: [
    { name: 'no resource', container: field({ divisor: '1' }), errors: [`${C}.env[0].valueFrom.resourceFieldRef.resource`] },
    { name: 'resource limits.gpu', container: field({ resource: 'limits.gpu' }), errors: [`${C}.env[0].valueFrom.resourceFieldRef.resource`] },
    { name: 'resource cpu without requests/limits', container: field({ resource: 'cpu', divisor: '3' }), errors: [`${C}.env[0].valueFrom.resourceFieldRef.resource`] },
    { name: 'cpu divisor 1Ki', container: field({ resource: 'limits.cpu', divisor: '1Ki' }), errors: [`${C}.env[0].valueFrom.resourceFieldRef.divisor`] },
    { name: 'memory divisor 1m', container: field({ resource: 'requests.memory', divisor: '1m' }), errors: [`${C}.env[0].valueFrom.resourceFieldRef.divisor`] },
    { name: 'ephemeral-storage divisor 3', container: field({ resource: 'requests.ephemeral-storage', divisor: 3 }), errors: [`${C}.env[0].valueFrom.resourceFieldRef.divisor`] },
    { name: 'hugepages divisor 1m', container: field({ resource: 'requests.hugepages-1Gi', divisor: '1m' }), errors: [`${C}.env[0].valueFrom.resourceFieldRef.divisor`] },
  ],
});

describe('container-env-resource-field messages', () => {
  it("names the resource as the bad value, as the server does, and lists the resources sorted", () => {
    const job = validJob() as any;
    job.spec.template.spec.containers[0].env = [
      { name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: '2' } } },
      { name: 'B', valueFrom: { resourceFieldRef: { resource: 'limits.gpu' } } },
    ];
    const found = lintManifest(job, { kubernetesVersion: '1.36' }).filter((v) => v.rule === 'container-env-resource-field');
    expect(found.map((v) => v.message)).toEqual([
      `Invalid value: "limits.cpu": only divisor's values 1m and 1 are supported with the cpu resource`,
      'Unsupported value: "limits.gpu": supported values: "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage", "requests.memory"',
    ]);
  });
});
