import { containerResources } from '../../../lib/rules/container/container-resources';
import { ruleCases } from '../rule-cases';

const R = 'spec.template.spec.containers[0].resources';

ruleCases(containerResources, {
  valid: [
    { name: 'a quantity does not parse (a decoding error: the schema reports it)', container: { resources: { requests: { cpu: '1K' } } } },
    { name: 'any claim before 1.34 (dropped)', versions: ['1.28', '1.33'], container: { resources: { claims: [{ name: 'gpu' }] } } },
    { name: 'requests equal limits spelled differently', container: { resources: { requests: { cpu: '1000m', memory: '1024Mi' }, limits: { cpu: 1, memory: '1Gi' } } } },
    { name: 'an extended resource with equal whole numbers', container: { resources: { requests: { 'example.com/gpu': '1' }, limits: { 'example.com/gpu': 1 } } } },
    { name: 'a claim of the pod', podSpec: { resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 't' }] }, container: { resources: { claims: [{ name: 'gpu' }] } } },
    { name: 'hugepages in whole pages with memory', container: { resources: { limits: { 'hugepages-2Mi': '100Mi', memory: '1Gi' } } } },
  ],
  invalid: [
    { name: 'the name is neither standard nor qualified', container: { resources: { limits: { CPU: '1' } } }, errors: [`${R}.limits[CPU]`, `${R}.limits[CPU]`] },
    { name: 'a request is above its limit', container: { resources: { requests: { cpu: '1001m' }, limits: { cpu: '1' } } }, errors: [`${R}.requests`] },
    { name: 'a quantity is negative', container: { resources: { limits: { memory: '-1Gi' } } }, errors: [`${R}.limits[memory]`] },
    { name: 'the resource name is unknown (two messages, as the server)', container: { resources: { limits: { gpu: '1' } } }, errors: [`${R}.limits[gpu]`, `${R}.limits[gpu]`] },
    { name: 'an extended resource is fractional', container: { resources: { limits: { 'example.com/gpu': '500m' }, requests: { 'example.com/gpu': '500m' } } }, errors: [`${R}.limits[example.com/gpu]`, `${R}.requests[example.com/gpu]`] },
    { name: 'an extended resource has no limit', container: { resources: { requests: { 'example.com/gpu': '1' } } }, errors: [`${R}.limits`] },
    { name: 'hugepages without cpu or memory', container: { resources: { limits: { 'hugepages-2Mi': '3Mi' } } }, errors: [`${R}.limits[hugepages-2Mi]`, R] },
    { name: 'an init container requests more than its limit', podSpec: { initContainers: [{ name: 'i', image: 'b', resources: { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } } }] }, errors: ['spec.template.spec.initContainers[0].resources.requests'] },
    { name: 'a claim names no pod resourceClaim', versions: ['1.34', '1.36'], container: { resources: { claims: [{ name: 'gpu' }] } }, errors: [`${R}.claims[0]`] },
    { name: 'the name is not standard for containers', container: { resources: { limits: { pods: '1' } } }, errors: [`${R}.limits[pods]`] },
  ],
});
