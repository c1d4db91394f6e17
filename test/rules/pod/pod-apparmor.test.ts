import { podApparmor } from '../../../lib/rules/pod/pod-apparmor';
import { ruleCases, type Patch } from '../rule-cases';

const S = 'spec.template.spec';
const KEY = 'container.apparmor.security.beta.kubernetes.io/';
const annotations = (f: (name: string) => Record<string, string>): Patch['mutate'] => (m) => {
  const spec = (m.kind === 'Job' ? m.spec : (m.spec as { jobTemplate: { spec: unknown } }).jobTemplate.spec) as { template: Record<string, unknown> };
  spec.template.metadata = { annotations: f(m.kind === 'Job' ? 'pi' : 'hello') };
};
const profile = (appArmorProfile: Record<string, unknown>) => ({ securityContext: { appArmorProfile } });

ruleCases(podApparmor, {
  valid: [
    { name: 'RuntimeDefault', podSpec: profile({ type: 'RuntimeDefault' }), versions: ['1.30', '1.36'] },
    { name: 'Localhost with a profile', podSpec: profile({ type: 'Localhost', localhostProfile: 'k8s-apparmor-example' }), versions: ['1.36'] },
    { name: 'an annotation for a container', mutate: annotations((n) => ({ [KEY + n]: 'runtime/default' })), versions: ['1.28', '1.29'] },
    { name: 'annotation and pod field agree', podSpec: profile({ type: 'Unconfined' }), mutate: annotations((n) => ({ [KEY + n]: 'unconfined' })), versions: ['1.36'] },
    // podSpecHasContainer visits ephemeral containers too (oracle 1.30, 1.36: no "container not found")
    { name: 'an annotation for an ephemeral container', podSpec: { ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36' }] }, mutate: annotations(() => ({ [`${KEY}debug`]: 'runtime/default' })), versions: ['1.28', '1.29'] },
  ],
  invalid: [
    { name: 'the type is missing', podSpec: profile({}), versions: ['1.36'], errors: [`${S}.securityContext.appArmorProfile.type`] },
    { name: 'the type is unknown', podSpec: profile({ type: 'Default' }), versions: ['1.36'], errors: [`${S}.securityContext.appArmorProfile.type`] },
    { name: 'Localhost without a profile', podSpec: profile({ type: 'Localhost' }), versions: ['1.36'], errors: [`${S}.securityContext.appArmorProfile.localhostProfile`] },
    { name: 'a padded Localhost profile', podSpec: profile({ type: 'Localhost', localhostProfile: ' p' }), versions: ['1.36'], errors: [`${S}.securityContext.appArmorProfile.localhostProfile`] },
    { name: 'a profile with Unconfined', podSpec: profile({ type: 'Unconfined', localhostProfile: 'p' }), versions: ['1.36'], errors: [`${S}.securityContext.appArmorProfile.localhostProfile`] },
    { name: 'an annotation names no container', mutate: annotations(() => ({ [`${KEY}ghost`]: 'runtime/default' })), errors: [`spec.template.annotations[${KEY}ghost]`] },
    { name: 'an annotation has a bad profile', mutate: annotations((n) => ({ [KEY + n]: 'default' })), kinds: ['Job'], versions: ['1.28'], errors: [`spec.template.annotations[${KEY}pi]`] },
    {
      name: 'annotation and field disagree',
      podSpec: profile({ type: 'RuntimeDefault' }),
      mutate: annotations((n) => ({ [KEY + n]: 'unconfined' })),
      kinds: ['Job'],
      versions: ['1.36'],
      errors: [`${S}.containers[0].securityContext.appArmorProfile.type`, { path: `spec.template.metadata.annotations[${KEY}pi]`, severity: 'warning' }],
    },
    {
      // validateAppArmorAnnotationsAndFieldsMatchOnCreate visits ephemeral containers too (oracle 1.30, 1.36)
      name: 'an ephemeral container annotation disagrees with its field',
      podSpec: { ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36', securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } }] },
      mutate: annotations(() => ({ [`${KEY}debug`]: 'unconfined' })),
      versions: ['1.30', '1.36'],
      errors: [`${S}.ephemeralContainers[0].securityContext.appArmorProfile.type`],
    },
    { name: 'an annotation without a field (1.30+)', mutate: annotations((n) => ({ [KEY + n]: 'runtime/default' })), kinds: ['Job'], versions: ['1.30'], errors: [{ path: `spec.template.metadata.annotations[${KEY}pi]`, severity: 'warning' }] },
  ],
});
