import { containerImageRequired } from '../../../lib/rules/pod/container-image-required';
import { ruleCases } from '../rule-cases';

ruleCases(containerImageRequired, {
  valid: [
    { name: 'every container has an image', podSpec: { initContainers: [{ name: 'setup', image: 'busybox' }] } },
    { name: 'the image is a single space (accepted in templates)', container: { image: ' ' } },
  ],
  invalid: [
    { name: 'image is null (decodes as "")', container: { image: null }, errors: ['spec.template.spec.containers[0].image'] },
    { name: 'image is ""', container: { image: '' }, errors: ['spec.template.spec.containers[0].image'] },
    { name: 'an init container has no image', podSpec: { initContainers: [{ name: 'setup' }] }, errors: ['spec.template.spec.initContainers[0].image'] },
  ],
});
