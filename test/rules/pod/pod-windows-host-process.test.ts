import { podWindowsHostProcess } from '../../../lib/rules/pod/pod-windows-host-process';
import { ruleCases } from '../rule-cases';

const S = 'spec.template.spec';
const hp = (hostProcess: boolean) => ({ windowsOptions: { hostProcess } });

ruleCases(podWindowsHostProcess, {
  valid: [
    { name: 'a HostProcess pod with hostNetwork', podSpec: { hostNetwork: true, securityContext: hp(true) } },
    { name: 'no container is HostProcess', podSpec: { securityContext: hp(false) }, container: { securityContext: hp(false) } },
  ],
  invalid: [
    { name: 'pod and container disagree', podSpec: { securityContext: hp(true), hostNetwork: true }, container: { securityContext: hp(false) }, errors: [`${S}.containers[0].securityContext.windowsOptions.hostProcess`] },
    { name: 'a HostProcess container without hostNetwork', container: { securityContext: hp(true) }, errors: [`${S}.hostNetwork`] },
    {
      name: 'only one of two containers is HostProcess',
      podSpec: { hostNetwork: true, initContainers: [{ name: 'init', image: 'busybox', securityContext: hp(true) }] },
      errors: [S],
    },
    {
      // VisitContainersWithPath counts ephemeral containers too (oracle: "all containers must be HostProcess").
      name: 'an ephemeral container that is not HostProcess',
      podSpec: { hostNetwork: true, ephemeralContainers: [{ name: 'debug', image: 'busybox' }] },
      container: { securityContext: hp(true) },
      errors: [S],
    },
    {
      name: 'an ephemeral container that disagrees with the pod',
      podSpec: { hostNetwork: true, securityContext: hp(true), ephemeralContainers: [{ name: 'debug', image: 'busybox', securityContext: hp(false) }] },
      // oracle 1.36: both errors, as for a regular container
      errors: [`${S}.ephemeralContainers[0].securityContext.windowsOptions.hostProcess`, S],
    },
  ],
});
