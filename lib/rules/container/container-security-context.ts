import { asObject } from '../../manifest/access';
import { invalid, OMITTED, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';

const ID_RANGE = 'must be between 0 and 2147483647, inclusive';
const PROC_MOUNTS: readonly string[] = ['Default', 'Unmasked'];

/**
 * core ValidateSecurityContext: user and group ids in 0–2147483647, `allowPrivilegeEscalation:
 * false` not combined with `privileged: true` or the CAP_SYS_ADMIN capability, procMount Default
 * or (with `hostUsers: false`) Unmasked.
 */
export const containerSecurityContext = defineRule({
  id: 'container-security-context',
  severity: 'error',
  summary: 'container securityContext ids are in range and privilege settings agree',
  docs: DOCS.securityContext,
  appliesTo: ['Job', 'CronJob'],
  refs: ['core.ValidateSecurityContext'],
  hint: 'use ids 0-2147483647, and drop allowPrivilegeEscalation: false from a privileged container or one that adds CAP_SYS_ADMIN',
  check(view) {
    const out: Finding[] = [];
    const hostUsers = asObject(view.podSpec.securityContext)?.hostUsers !== false;
    for (const c of allTemplateContainers(view)) {
      const sc = asObject(c.container.securityContext);
      if (!sc) continue;
      for (const f of ['runAsUser', 'runAsGroup'] as const) {
        const id = sc[f];
        if (typeof id === 'number' && (id < 0 || id > 2147483647)) out.push(invalid(c.path('securityContext', f), id, ID_RANGE));
      }
      const procMount = sc.procMount;
      if (typeof procMount === 'string') {
        if (!PROC_MOUNTS.includes(procMount)) out.push(unsupported(c.path('securityContext', 'procMount'), procMount, PROC_MOUNTS));
        else if (procMount === 'Unmasked' && hostUsers) out.push(invalid(c.path('securityContext', 'procMount'), procMount, '`hostUsers` must be false to use `Unmasked`'));
      }
      if (sc.allowPrivilegeEscalation !== false) continue;
      if (sc.privileged === true) {
        out.push(invalid(c.path('securityContext'), OMITTED, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
      }
      const add = asObject(sc.capabilities)?.add;
      for (const cap of Array.isArray(add) ? add : []) {
        if (cap === 'CAP_SYS_ADMIN') out.push(invalid(c.path('securityContext'), OMITTED, 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN'));
      }
    }
    return out;
  },
});
