import { containerSecurityContext } from '../../../lib/rules/container/container-security-context';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';

ruleCases(containerSecurityContext, {
  valid: [
    { name: 'a restricted context', container: { securityContext: { runAsUser: 1000, runAsGroup: 0, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } } },
    { name: 'Unmasked with hostUsers false', podSpec: { securityContext: { hostUsers: false } }, container: { securityContext: { procMount: 'Unmasked' } } },
  ],
  invalid: [
    { name: 'privileged without escalation', container: { securityContext: { privileged: true, allowPrivilegeEscalation: false } }, errors: [`${C}.securityContext`] },
    { name: 'CAP_SYS_ADMIN without escalation', container: { securityContext: { capabilities: { add: ['CAP_SYS_ADMIN'] }, allowPrivilegeEscalation: false } }, errors: [`${C}.securityContext`] },
    { name: 'a negative user id', container: { securityContext: { runAsUser: -1, runAsGroup: 4294967296 } }, errors: [`${C}.securityContext.runAsUser`, `${C}.securityContext.runAsGroup`] },
    { name: 'Unmasked with host users', container: { securityContext: { procMount: 'Unmasked' } }, errors: [`${C}.securityContext.procMount`] },
  ],
});
