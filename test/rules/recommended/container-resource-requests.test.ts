import { containerResourceRequests } from '../../../lib/rules/recommended/container-resource-requests';
import { ruleCases } from '../rule-cases';

const P = 'spec.template.spec.containers[0].resources.requests';

ruleCases(containerResourceRequests, {
  valid: [
    { name: 'cpu and memory are requested', container: { resources: { requests: { cpu: '100m', memory: '128Mi' } } } },
    { name: 'limits only (the server copies them into requests)', container: { resources: { limits: { cpu: '1', memory: '1Gi' } } } },
    { name: 'a cpu request and a memory limit', container: { resources: { requests: { cpu: '1' }, limits: { memory: '1Gi' } } } },
  ],
  invalid: [
    { name: 'there are no resources', errors: [P] },
    { name: 'only cpu is requested', container: { resources: { requests: { cpu: '100m' } } }, errors: [P] },
    { name: 'only memory is limited', container: { resources: { limits: { memory: '1Gi' } } }, errors: [P] },
    { name: 'requests are empty', container: { resources: { requests: {} } }, errors: [P] },
  ],
});
