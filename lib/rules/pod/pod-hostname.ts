import { isAtLeast } from '../../versions';
import { forbidden, invalid, tooLong, type Finding } from '../findings';
import { defineRule } from '../rule';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../support/names';
import { hintOrPlaceholder } from '../support/placeholders';
import { isTrue, podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { tooLongDetail } from '../support/text';
import { goString } from '../support/values';

const HINT = "use at most 63 lower case letters, digits and '-', starting and ending with a letter or digit";

/**
 * core ValidatePodSpec: `hostname` and `subdomain` are DNS-1123 labels when non-empty;
 * `validatePodHostName` (HostnameOverride, on by default from 1.35): `hostnameOverride` at most
 * 64 bytes, a DNS subdomain, and not with `setHostnameAsFQDN: true` or `hostNetwork: true`.
 */
export const podHostname = defineRule({
  id: 'pod-hostname',
  severity: 'error',
  summary: 'hostname and subdomain must be DNS labels, hostnameOverride a DNS subdomain',
  docs: POD_DOCS.hostname,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.hostname', 'pod.subdomain', 'pod.hostnameOverride'],
  refs: ['core.ValidateDNS1123Label', 'core.validatePodHostName'],
  hint: HINT,
  check(view) {
    const out: Finding[] = [];
    for (const field of ['hostname', 'subdomain']) {
      const value = goString(view.podSpec[field]);
      if (!value) continue;
      const hint = hintOrPlaceholder(value, HINT);
      for (const msg of dns1123LabelErrors(value)) out.push(invalid(podAt(view, field), value, msg, { hint }));
    }
    const override = view.podSpec.hostnameOverride;
    if (typeof override !== 'string' || !isAtLeast(view.version, '1.35')) return out;
    const path = podAt(view, 'hostnameOverride');
    if (isTrue(view.podSpec.setHostnameAsFQDN)) out.push(forbidden(path, 'may not be specified when setHostnameAsFQDN is true'));
    if (isTrue(view.podSpec.hostNetwork)) out.push(forbidden(path, 'may not be specified when hostNetwork is true'));
    if (Buffer.byteLength(override) > 64) out.push(tooLong(path, tooLongDetail(64, view.version)));
    const hint = hintOrPlaceholder(override, undefined);
    for (const msg of dns1123SubdomainErrors(override)) out.push(invalid(path, override, msg, hint ? { hint } : {}));
    return out;
  },
});
