import { containerEnv } from '../../../lib/rules/container/container-env';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';

ruleCases(containerEnv, {
  valid: [
    { name: 'a value and a fieldRef', container: { env: [{ name: 'A', value: 'x' }, { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] } },
    { name: 'a label subscript', container: { env: [{ name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } }] } },
    { name: 'status.hostIPs from 1.29 (PodHostIPs on)', container: { env: [{ name: 'IPS', valueFrom: { fieldRef: { fieldPath: 'status.hostIPs' } } }] }, versions: ['1.29', '1.36'] },
    { name: 'a relaxed name from 1.32', container: { env: [{ name: '1A', value: 'x' }] }, versions: ['1.32', '1.36'] },
  ],
  invalid: [
    { name: 'a name is missing', container: { env: [{ value: 'x' }] }, errors: [`${C}.env[0].name`] },
    { name: 'a name starts with a digit before 1.32', container: { env: [{ name: '1A', value: 'x' }] }, versions: ['1.28', '1.31'], errors: [`${C}.env[0].name`] },
    { name: 'a name has = (relaxed)', container: { env: [{ name: 'A=B', value: 'x' }] }, versions: ['1.36'], errors: [`${C}.env[0].name`] },
    { name: 'valueFrom is empty', container: { env: [{ name: 'A', valueFrom: {} }] }, errors: [`${C}.env[0].valueFrom`] },
    { name: 'value and valueFrom', container: { env: [{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] }, errors: [`${C}.env[0].valueFrom`] },
    { name: 'two sources', container: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }] }, errors: [`${C}.env[0].valueFrom`] },
    { name: 'status.hostIPs in 1.28 (PodHostIPs off)', container: { env: [{ name: 'IPS', valueFrom: { fieldRef: { fieldPath: 'status.hostIPs' } } }] }, versions: ['1.28'], errors: [`${C}.env[0].valueFrom.fieldRef`] },
    { name: 'fieldPath is status.phase', container: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } }] }, errors: [`${C}.env[0].valueFrom.fieldRef.fieldPath`] },
    { name: 'fieldPath is unknown', container: { env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'spec.containers[0].image' } } }] }, errors: [`${C}.env[0].valueFrom.fieldRef.fieldPath`] },
    { name: 'a fileKeyRef names no volume', container: { env: [{ name: 'A', valueFrom: { fileKeyRef: { volumeName: 'cfg', path: 'env', key: 'A' } } }] }, versions: ['1.35', '1.36'], errors: [`${C}.env[0].valueFrom.fileKeyRef.volumeName`] },
    { name: 'only a fileKeyRef before 1.35 (dropped)', container: { env: [{ name: 'A', valueFrom: { fileKeyRef: { volumeName: 'cfg', path: 'env', key: 'A' } } }] }, versions: ['1.34'], errors: [`${C}.env[0].valueFrom`] },
  ],
});
