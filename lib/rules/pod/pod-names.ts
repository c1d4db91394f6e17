import { type Finding } from '../findings';
import { defineRule } from '../rule';
import { dnsSubdomainFindings, podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString } from '../support/values';

/** Pod fields that name another object and must be a DNS subdomain when set, with their hint. */
const FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['serviceAccountName', 'use the name of a ServiceAccount in the namespace: lower case letters, digits, \'-\' and \'.\''],
  ['nodeName', 'use the name of a node as kubectl get nodes prints it, or drop nodeName and use nodeSelector'],
  ['priorityClassName', 'use the name of a PriorityClass as kubectl get priorityclasses prints it'],
  ['runtimeClassName', 'use the name of a RuntimeClass as kubectl get runtimeclasses prints it'],
];

/**
 * core ValidatePodSpec: `serviceAccountName` (`ValidateServiceAccountName`), `nodeName`
 * (`ValidateNodeName`), `priorityClassName` and `runtimeClassName` (`ValidateRuntimeClassName`)
 * are DNS-1123 subdomains when non-empty (the deprecated `serviceAccount` stands in for an empty
 * `serviceAccountName`, and is reported there). A left-over `${KSA_NAME}` gets the placeholder hint.
 */
export const podNames = defineRule({
  id: 'pod-names',
  severity: 'error',
  summary: 'serviceAccountName, nodeName, priorityClassName and runtimeClassName must be DNS subdomains',
  docs: POD_DOCS.serviceAccount,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.serviceAccountName', 'pod.serviceAccount', 'pod.nodeName', 'pod.priorityClassName', 'pod.runtimeClassName'],
  refs: ['core.ValidateServiceAccountName', 'core.ValidateNodeName', 'core.ValidatePriorityClassName', 'core.ValidateRuntimeClassName'],
  check(view) {
    const out: Finding[] = [];
    for (const [field, hint] of FIELDS) {
      // v1 conversion: an empty serviceAccountName takes the deprecated serviceAccount alias.
      const raw = field === 'serviceAccountName' && !view.podSpec[field] ? view.podSpec.serviceAccount : view.podSpec[field];
      const value = goString(raw);
      // runtimeClassName is a pointer: "" is set, and refused.
      const checked = field === 'runtimeClassName' ? typeof raw === 'string' : value !== undefined && value !== '';
      if (checked && value !== undefined) out.push(...dnsSubdomainFindings(podAt(view, field), value, hint));
    }
    return out;
  },
});
