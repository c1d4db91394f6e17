import { initContainerFields } from '../../../lib/rules/container/init-container-fields';
import { ruleCases } from '../rule-cases';

const probe = { exec: { command: ['true'] } };

ruleCases(initContainerFields, {
  valid: [
    { name: 'an init container with neither', podSpec: { initContainers: [{ name: 'i', image: 'b' }] } },
    { name: 'a sidecar with probes and hooks', podSpec: { initContainers: [{ name: 'p', image: 'e', restartPolicy: 'Always', readinessProbe: probe, lifecycle: { preStop: probe } }] }, versions: ['1.29', '1.36'] },
  ],
  invalid: [
    {
      name: 'an init container has a probe and a hook',
      podSpec: { initContainers: [{ name: 'i', image: 'b', readinessProbe: probe, lifecycle: { preStop: probe } }] },
      errors: ['spec.template.spec.initContainers[0].readinessProbe', 'spec.template.spec.initContainers[0].lifecycle'],
    },
    { name: 'a sidecar has a probe on 1.28 (restartPolicy dropped)', podSpec: { initContainers: [{ name: 'p', image: 'e', restartPolicy: 'Always', livenessProbe: probe }] }, versions: ['1.28'], errors: ['spec.template.spec.initContainers[0].livenessProbe'] },
  ],
});
