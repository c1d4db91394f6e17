import { asArray, asObject } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { OMITTED, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { dns1123SubdomainErrors } from '../support/names';
import { hintOrPlaceholder } from '../support/placeholders';
import { ipErrors, ipWarnings, podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, isSet, objectsOf } from '../support/values';

const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const MAX_NAMESERVERS = 3;
const IP_WARNING = { severity: 'warning', hint: 'write the address the message suggests' } as const;
const MAX_SEARCH_PATHS = 32;
const MAX_SEARCH_LIST_CHARS = 2048;

const SUBDOMAIN_WITH_UNDERSCORE_FMT = '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?(\\._?[a-z0-9]([-_a-z0-9]*[a-z0-9])?)*';
const LABEL_WITH_UNDERSCORE = /^_?[a-z0-9](?:[-_a-z0-9]*[a-z0-9])?$/;

/** `IsDNS1123SubdomainWithUnderscore` (apimachinery): each label may start with `_` and hold `_`. */
function subdomainWithUnderscoreErrors(value: string): string[] {
  const errs: string[] = [];
  if (Buffer.byteLength(value) > 253) errs.push('must be no more than 253 characters');
  if (!value.split('.').every((label) => LABEL_WITH_UNDERSCORE.test(label))) {
    errs.push(
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character" +
        ` (e.g. 'example.com', regex used for validation is '${SUBDOMAIN_WITH_UNDERSCORE_FMT}')`,
    );
  }
  return errs;
}

/**
 * core `validateDNSPolicy` and `validatePodDNSConfig`: the policy is one of four (an empty one
 * is defaulted to ClusterFirst); `None` needs a `dnsConfig` with a nameserver; at most 3
 * nameservers, each an IP; at most 32 search domains, 2048 characters in all, each a DNS
 * subdomain (a trailing dot allowed; from 1.33 `_` allowed and `.` alone); options named.
 */
export const podDns = defineRule({
  id: 'pod-dns',
  severity: 'error',
  summary: 'dnsPolicy must be a known policy and dnsConfig within the resolver limits',
  docs: POD_DOCS.dnsConfig,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.dnsPolicy', 'pod.dnsConfig'],
  refs: ['core.validateDNSPolicy', 'core.validatePodDNSConfig'],
  hint: 'use dnsPolicy ClusterFirst, ClusterFirstWithHostNet, Default or None; with None give dnsConfig.nameservers (at most 3 IP addresses)',
  check(view) {
    const out: Finding[] = [];
    const spec = view.podSpec;
    const policy = goString(spec.dnsPolicy);
    if (policy !== undefined && policy !== '' && !DNS_POLICIES.includes(policy)) out.push(unsupported(podAt(view, 'dnsPolicy'), policy, DNS_POLICIES));
    const config = asObject(spec.dnsConfig);
    if (!config && policy !== 'None') return out;
    const configPath = podAt(view, 'dnsConfig');
    if (policy === 'None') {
      if (!isSet(spec.dnsConfig)) return [...out, required(configPath, 'must provide `dnsConfig` when `dnsPolicy` is None')];
      if ((asArray(config?.nameservers)?.length ?? 0) === 0) {
        return [...out, required(`${configPath}.nameservers`, 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
      }
    }
    if (!config) return out;
    const nameservers = asArray(config.nameservers) ?? [];
    if (nameservers.length > MAX_NAMESERVERS) {
      out.push(invalid(`${configPath}.nameservers`, nameservers, `must not have more than ${MAX_NAMESERVERS} nameservers`));
    }
    nameservers.forEach((ns, i) => {
      const ip = goString(ns);
      if (ip === undefined) return;
      const errs = ipErrors(ip, view.version);
      for (const msg of errs) out.push(invalid(`${configPath}.nameservers[${i}]`, ip, msg, hintFor(ip)));
      if (errs.length === 0) for (const msg of ipWarnings(ip, view.version)) out.push(invalid(`${configPath}.nameservers[${i}]`, OMITTED, msg, IP_WARNING));
    });
    const searches = (asArray(config.searches) ?? []).map((s) => goString(s));
    if (searches.length > MAX_SEARCH_PATHS) {
      out.push(invalid(`${configPath}.searches`, config.searches, `must not have more than ${MAX_SEARCH_PATHS} search paths`));
    }
    if (Buffer.byteLength(searches.map((s) => s ?? '').join(' ')) > MAX_SEARCH_LIST_CHARS) {
      out.push(invalid(`${configPath}.searches`, config.searches, `must not have more than ${MAX_SEARCH_LIST_CHARS} characters (including spaces) in the search list`));
    }
    const relaxed = isAtLeast(view.version, '1.33');
    searches.forEach((raw, i) => {
      if (raw === undefined) return;
      if (relaxed && raw === '.') return;
      const search = raw.endsWith('.') ? raw.slice(0, -1) : raw;
      const errs = relaxed ? subdomainWithUnderscoreErrors(search) : dns1123SubdomainErrors(search);
      for (const msg of errs) out.push(invalid(`${configPath}.searches[${i}]`, search, msg, hintFor(raw)));
    });
    for (const { item, index } of objectsOf(config.options)) {
      if ((goString(item.name) ?? '') === '') out.push(required(`${configPath}.options[${index}]`, 'must not be empty'));
    }
    return out;
  },
});

function hintFor(value: string): { hint?: string } {
  const hint = hintOrPlaceholder(value, undefined);
  return hint ? { hint } : {};
}
