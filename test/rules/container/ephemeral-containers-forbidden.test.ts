import { ephemeralContainersForbidden } from '../../../lib/rules/container/ephemeral-containers-forbidden';
import { ruleCases } from '../rule-cases';

ruleCases(ephemeralContainersForbidden, {
  valid: [{ name: 'the template has no ephemeral containers', podSpec: { ephemeralContainers: [] } }],
  invalid: [{ name: 'the template has an ephemeral container', podSpec: { ephemeralContainers: [{ name: 'debug', image: 'busybox' }] }, errors: ['spec.template.spec.ephemeralContainers'] }],
});
