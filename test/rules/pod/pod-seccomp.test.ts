import { podSeccomp } from '../../../lib/rules/pod/pod-seccomp';
import { ruleCases } from '../rule-cases';

const S = 'spec.template.spec';
const POD_KEY = 'seccomp.security.alpha.kubernetes.io/pod';
const annotations = (a: Record<string, string>) => (m: Record<string, unknown>) => {
  const spec = (m.kind === 'Job' ? m.spec : (m.spec as { jobTemplate: { spec: unknown } }).jobTemplate.spec) as { template: Record<string, unknown> };
  spec.template.metadata = { annotations: a };
};
const profile = (seccompProfile: Record<string, unknown>) => ({ securityContext: { seccompProfile } });

ruleCases(podSeccomp, {
  valid: [
    { name: 'RuntimeDefault', podSpec: profile({ type: 'RuntimeDefault' }) },
    { name: 'Localhost with a relative path', podSpec: profile({ type: 'Localhost', localhostProfile: 'profiles/audit.json' }) },
    { name: 'annotation and field agree', podSpec: profile({ type: 'RuntimeDefault' }), mutate: annotations({ [POD_KEY]: 'docker/default' }) },
  ],
  invalid: [
    { name: 'the type is missing', podSpec: profile({}), errors: [`${S}.securityContext.seccompProfile.type`] },
    { name: 'the type is unknown', podSpec: profile({ type: 'Default' }), errors: [`${S}.securityContext.seccompProfile.type`] },
    { name: 'Localhost without a profile', podSpec: profile({ type: 'Localhost' }), errors: [`${S}.securityContext.seccompProfile.localhostProfile`] },
    { name: 'Localhost with an absolute path', podSpec: profile({ type: 'Localhost', localhostProfile: '/etc/p.json' }), errors: [`${S}.securityContext.seccompProfile.localhostProfile`] },
    { name: 'Localhost with ..', podSpec: profile({ type: 'Localhost', localhostProfile: '../p.json' }), errors: [`${S}.securityContext.seccompProfile.localhostProfile`] },
    { name: 'a profile with RuntimeDefault', podSpec: profile({ type: 'RuntimeDefault', localhostProfile: 'p' }), errors: [`${S}.securityContext.seccompProfile.localhostProfile`] },
    {
      name: 'an annotation has a bad value',
      podSpec: profile({ type: 'RuntimeDefault' }),
      mutate: annotations({ [POD_KEY]: 'default' }),
      errors: [`spec.template.annotations.${POD_KEY}`, `${S}.securityContext.seccompProfile.type`],
    },
    { name: 'annotation and field disagree', podSpec: profile({ type: 'Unconfined' }), mutate: annotations({ [POD_KEY]: 'runtime/default' }), errors: [`${S}.securityContext.seccompProfile.type`] },
    {
      name: 'a container annotation disagrees with its field',
      container: { securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'a.json' } } },
      mutate: (m) => {
        const name = ((m.kind === 'Job' ? 'pi' : 'hello'));
        annotations({ [`container.seccomp.security.alpha.kubernetes.io/${name}`]: 'localhost/b.json' })(m);
      },
      errors: [`${S}.containers[0].securityContext.seccompProfile.localhostProfile`],
    },
    {
      // validateSeccompAnnotationsAndFields visits ephemeral containers too (oracle 1.30, 1.36)
      name: 'an ephemeral container annotation disagrees with its field',
      podSpec: { ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36', securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }] },
      mutate: annotations({ 'container.seccomp.security.alpha.kubernetes.io/debug': 'unconfined' }),
      errors: [`${S}.ephemeralContainers[0].securityContext.seccompProfile.type`],
    },
    { name: 'the pod annotation has no field', mutate: annotations({ [POD_KEY]: 'runtime/default' }), errors: [{ path: `spec.template.metadata.annotations[${POD_KEY}]`, severity: 'warning' }] },
  ],
});
