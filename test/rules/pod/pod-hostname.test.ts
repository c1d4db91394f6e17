import { podHostname } from '../../../lib/rules/pod/pod-hostname';
import { ruleCases } from '../rule-cases';

const P = 'spec.template.spec';

ruleCases(podHostname, {
  valid: [
    { name: 'hostname and subdomain are labels', podSpec: { hostname: 'worker-0', subdomain: 'workers' } },
    { name: 'hostnameOverride is a subdomain on 1.35+', podSpec: { hostnameOverride: 'worker.example' }, versions: ['1.35', '1.36'] },
    { name: 'hostnameOverride is dropped before 1.35', podSpec: { hostnameOverride: 'Not Valid' }, versions: ['1.28', '1.34'] },
  ],
  invalid: [
    { name: 'hostname has a dot', podSpec: { hostname: 'worker.0' }, errors: [`${P}.hostname`] },
    { name: 'subdomain is 64 characters', podSpec: { subdomain: 'a'.repeat(64) }, errors: [`${P}.subdomain`] },
    {
      name: 'hostnameOverride comes with setHostnameAsFQDN and hostNetwork',
      podSpec: { hostnameOverride: 'x', setHostnameAsFQDN: true, hostNetwork: true },
      versions: ['1.36'],
      errors: [`${P}.hostnameOverride`, `${P}.hostnameOverride`],
    },
    { name: 'hostnameOverride is longer than 64 bytes', podSpec: { hostnameOverride: 'a'.repeat(65) }, versions: ['1.36'], errors: [`${P}.hostnameOverride`] },
  ],
});
