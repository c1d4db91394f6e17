import { asArray } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { goQuote } from '../../k8s/go-text';
import { OMITTED, invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { dns1123SubdomainErrors } from '../support/names';
import { hintOrPlaceholder } from '../support/placeholders';
import { ipErrors, ipWarnings, podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, objectsOf } from '../support/values';

const IP_WARNING = { severity: 'warning', hint: 'write the address the message suggests' } as const;
const DUPLICATE_IP = { severity: 'warning', hint: 'merge the hostnames of entries with the same ip into one entry' } as const;

/**
 * core `ValidateHostAliases`: each `ip` an IP address, each hostname a DNS subdomain. Before
 * 1.30 the server reported them at `hostAliases.ip` and `hostAliases.hostnames`, without
 * indexes. A repeated IP is accepted with a warning (`GetWarningsForPodTemplate`).
 */
export const podHostAliases = defineRule({
  id: 'pod-host-aliases',
  severity: 'error',
  summary: 'hostAliases entries need an IP address and DNS-subdomain hostnames',
  docs: POD_DOCS.hostAliases,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.hostAliases'],
  refs: ['core.ValidateHostAliases'],
  hint: 'give each hostAliases entry an ip such as 10.1.2.3 and lower-case hostnames such as foo.local',
  check(view) {
    const out: Finding[] = [];
    const indexed = isAtLeast(view.version, '1.30');
    const seen = new Set<string>();
    for (const { item, index } of objectsOf(view.podSpec.hostAliases)) {
      const base = podAt(view, 'hostAliases');
      const ip = goString(item.ip);
      if (ip !== undefined) {
        const path = indexed ? `${base}[${index}].ip` : `${base}.ip`;
        const hint = hintOrPlaceholder(ip, undefined);
        const errs = ipErrors(ip, view.version);
        for (const msg of errs) out.push(invalid(path, ip, msg, hint ? { hint } : {}));
        if (errs.length === 0) for (const msg of ipWarnings(ip, view.version)) out.push(invalid(`${base}[${index}].ip`, OMITTED, msg, IP_WARNING));
        if (seen.has(ip)) out.push(invalid(`${base}[${index}].ip`, OMITTED, `duplicate ip ${goQuote(ip)}`, DUPLICATE_IP));
        seen.add(ip);
      }
      (asArray(item.hostnames) ?? []).forEach((h, j) => {
        const hostname = goString(h);
        if (hostname === undefined) return;
        const path = indexed ? `${base}[${index}].hostnames[${j}]` : `${base}.hostnames`;
        const hint = hintOrPlaceholder(hostname, undefined);
        for (const msg of dns1123SubdomainErrors(hostname)) out.push(invalid(path, hostname, msg, hint ? { hint } : {}));
      });
    }
    return out;
  },
});
