import { asArray, asInt, asObject } from '../../manifest/access';
import { invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { termObject, validateNodeSelectorTerm } from '../support/node-selector-terms';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { isSet, objectsOf } from '../support/values';

/**
 * core `validateNodeAffinity`: a required node selector has at least one term; each
 * requirement's operator fits its values, keys are label keys (values label values from 1.33,
 * `matchFields` only `metadata.name`); preferred terms weigh 1–100.
 */
export const podNodeAffinity = defineRule({
  id: 'pod-node-affinity',
  severity: 'error',
  summary: 'node affinity terms need valid operators, keys and values, and weights of 1 to 100',
  docs: POD_DOCS.nodeAffinity,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.affinity'],
  refs: ['core.validateNodeAffinity', 'core.ValidateNodeSelectorRequirement', 'core.ValidatePreferredSchedulingTerms'],
  hint: 'use In/NotIn with values, Exists/DoesNotExist without, Gt/Lt with one number; weights 1 to 100',
  check(view) {
    const na = asObject(asObject(view.podSpec.affinity)?.nodeAffinity);
    if (!na) return [];
    const out: Finding[] = [];
    const base = podAt(view, 'affinity', 'nodeAffinity');
    const req = na.requiredDuringSchedulingIgnoredDuringExecution;
    if (isSet(req)) {
      const terms = asArray(asObject(req)?.nodeSelectorTerms) ?? [];
      const termsPath = `${base}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`;
      if (terms.length === 0) out.push(required(termsPath, 'must have at least one node selector term'));
      terms.forEach((t, i) => out.push(...validateNodeSelectorTerm(termObject(t), `${termsPath}[${i}]`, true, view.version)));
    }
    for (const { item, index } of objectsOf(na.preferredDuringSchedulingIgnoredDuringExecution)) {
      const p = `${base}.preferredDuringSchedulingIgnoredDuringExecution[${index}]`;
      const weight = asInt(item.weight) ?? 0;
      if (weight <= 0 || weight > 100) out.push(invalid(`${p}.weight`, weight, 'must be in the range 1-100'));
      out.push(...validateNodeSelectorTerm(termObject(item.preference), `${p}.preference`, false, view.version));
    }
    return out;
  },
});
