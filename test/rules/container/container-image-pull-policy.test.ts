import { containerImagePullPolicy } from '../../../lib/rules/container/container-image-pull-policy';
import { ruleCases } from '../rule-cases';

ruleCases(containerImagePullPolicy, {
  valid: [
    { name: 'the policy is IfNotPresent', container: { imagePullPolicy: 'IfNotPresent' } },
    { name: 'the policy is empty (defaulted)', container: { imagePullPolicy: '' } },
  ],
  invalid: [
    { name: 'the policy is lowercase', container: { imagePullPolicy: 'always' }, errors: ['spec.template.spec.containers[0].imagePullPolicy'] },
    { name: 'an init container has a bad policy', podSpec: { initContainers: [{ name: 'i', image: 'b', imagePullPolicy: 'Sometimes' }] }, errors: ['spec.template.spec.initContainers[0].imagePullPolicy'] },
  ],
});
