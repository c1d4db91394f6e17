import { podResources } from '../../../lib/rules/pod/pod-resources';
import { ruleCases } from '../rule-cases';

const R = 'spec.template.spec.resources';
const withRequests = (cpu: string) => ({ resources: { requests: { cpu }, limits: { cpu: '2' } } });

ruleCases(podResources, {
  valid: [
    { name: 'pod requests cover the containers', podSpec: { resources: { requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '4', memory: '2Gi' } } }, container: withRequests('1500m'), versions: ['1.34', '1.36'] },
    { name: 'a container without limits under pod limits', podSpec: { resources: { limits: { memory: '1Gi' } } }, versions: ['1.34', '1.36'] },
    { name: 'hugepages with memory', podSpec: { resources: { limits: { 'hugepages-2Mi': '4Mi', memory: '1Gi' } } }, versions: ['1.36'] },
    { name: 'the init container alone is the largest', podSpec: { resources: { requests: { cpu: '2' } }, initContainers: [{ name: 'i', image: 'b', resources: { requests: { cpu: '2' } } }] }, container: withRequests('1'), versions: ['1.36'] },
    { name: 'anything before 1.32 (the schema reports the unknown field)', podSpec: { resources: { requests: { gpu: '1' } } }, versions: ['1.28', '1.31'] },
  ],
  invalid: [
    { name: 'pod requests are below the containers', podSpec: { resources: { requests: { cpu: '1' } } }, container: withRequests('1500m'), versions: ['1.34', '1.36'], errors: [`${R}.requests[cpu]`] },
    {
      name: 'pod requests are below containers plus sidecars',
      podSpec: { resources: { requests: { cpu: '2' } }, initContainers: [{ name: 's', image: 'b', restartPolicy: 'Always', resources: { requests: { cpu: '1' } } }] },
      container: withRequests('1500m'),
      versions: ['1.36'],
      errors: [`${R}.requests[cpu]`],
    },
    { name: 'a container limit is above the pod limit', podSpec: { resources: { limits: { memory: '1Gi' } } }, container: { resources: { limits: { memory: '2Gi' } } }, versions: ['1.36'], errors: [`${R}.containers[0][memory].limits`] },
    { name: 'the containers need more hugepages than the pod allows', podSpec: { resources: { limits: { 'hugepages-2Mi': '2Mi', memory: '1Gi' } } }, container: { resources: { limits: { 'hugepages-2Mi': '4Mi', memory: '1Gi' } } }, versions: ['1.36'], errors: [`${R}.limits[hugepages-2Mi]`, `${R}.containers[0][hugepages-2Mi].limits`] },
    { name: 'the resource is not cpu, memory or hugepages', podSpec: { resources: { limits: { 'ephemeral-storage': '1Gi', 'example.com/gpu': '1' } } }, versions: ['1.36'], errors: [`${R}.limits[ephemeral-storage]`, `${R}.limits[example.com/gpu]`] },
    { name: 'the resource name is not standard', podSpec: { resources: { limits: { gpu: '1' } } }, versions: ['1.36'], errors: [`${R}.limits[gpu]`] },
    { name: 'pod requests exceed pod limits', podSpec: { resources: { requests: { cpu: '3' }, limits: { cpu: '2' } } }, versions: ['1.36'], errors: [`${R}.requests`] },
    { name: 'claims are set', podSpec: { resources: { claims: [] } }, versions: ['1.36'], errors: [`${R}.claims`] },
    { name: 'the pod is a Windows pod', podSpec: { os: { name: 'windows' }, resources: { requests: { cpu: '1' } } }, versions: ['1.36'], errors: [R] },
    { name: 'the gate is off (1.32, 1.33: dropped)', podSpec: { resources: { requests: { cpu: '1' } } }, versions: ['1.32', '1.33'], errors: [{ path: R, severity: 'warning' }] },
  ],
});
