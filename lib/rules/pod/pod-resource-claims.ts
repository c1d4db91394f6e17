import { isAtLeast } from '../../versions';
import { duplicate, invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { dns1123LabelErrors } from '../support/names';
import { dnsSubdomainFindings, podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, objectsOf } from '../support/values';

/**
 * core `validatePodResourceClaims` (1.34+: DynamicResourceAllocation is off by default before,
 * and the template then drops `resourceClaims`): each claim has a unique DNS-label name and
 * exactly one of `resourceClaimName` and `resourceClaimTemplateName`, each a DNS subdomain.
 */
export const podResourceClaims = defineRule({
  id: 'pod-resource-claims',
  severity: 'error',
  summary: 'resourceClaims need unique DNS-label names and exactly one claim or claim template',
  docs: POD_DOCS.resourceClaims,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.resourceClaims'],
  refs: ['core.validatePodResourceClaims'],
  hint: 'give each claim a unique name and either resourceClaimName or resourceClaimTemplateName',
  check(view) {
    if (!isAtLeast(view.version, '1.34')) return [];
    const out: Finding[] = [];
    const names = new Set<string>();
    for (const { item, index } of objectsOf(view.podSpec.resourceClaims)) {
      const at = (f?: string) => (f ? podAt(view, 'resourceClaims', index, f) : podAt(view, 'resourceClaims', index));
      const name = goString(item.name) ?? '';
      if (name === '') out.push(required(at('name')));
      else if (names.has(name)) out.push(duplicate(at('name'), name));
      else {
        for (const msg of dns1123LabelErrors(name)) out.push(invalid(at('name'), name, msg));
        names.add(name);
      }
      const claim = typeof item.resourceClaimName === 'string' ? item.resourceClaimName : undefined;
      const template = typeof item.resourceClaimTemplateName === 'string' ? item.resourceClaimTemplateName : undefined;
      if (claim !== undefined && template !== undefined) {
        out.push(invalid(at(), item, 'at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified'));
      }
      if (claim === undefined && template === undefined) out.push(invalid(at(), item, 'must specify one of: `resourceClaimName`, `resourceClaimTemplateName`'));
      if (claim !== undefined) out.push(...dnsSubdomainFindings(at('resourceClaimName'), claim));
      if (template !== undefined) out.push(...dnsSubdomainFindings(at('resourceClaimTemplateName'), template));
    }
    return out;
  },
});
