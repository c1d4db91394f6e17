import { invalid } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { effectiveName } from '../support/generated-labels';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../support/names';

/**
 * The create warning of the Job and CronJob strategies (`WarningsOnCreate`): a name that is a
 * valid subdomain but not a DNS label ends up in pod names and hostnames. Only reported when
 * the name is otherwise valid (else `metadata-name-format` already fails it).
 */
export const nameDnsLabel = defineRule({
  id: 'name-dns-label',
  severity: 'warning',
  summary: 'a Job or CronJob name should be a DNS-1123 label',
  docs: DOCS.dnsLabelNames,
  appliesTo: ['Job', 'CronJob'],
  refs: ['warn.name.notDnsLabel'],
  hint: "drop the dots and keep the name to 63 characters (52 for a CronJob)",
  check(view) {
    const name = effectiveName(view);
    if (!name || dns1123SubdomainErrors(name).length > 0) return [];
    const msgs = dns1123LabelErrors(name);
    if (msgs.length === 0) return [];
    const detail = `this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(' ')}]`;
    return [invalid('metadata.name', name, detail)];
  },
});
