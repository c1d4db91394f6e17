import { asInt, asObject } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { OMITTED, invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { stringList, validateMatchAndMismatchLabelKeys } from '../support/label-keys';
import { validateLabelSelector } from '../support/label-selector';
import { dns1123LabelErrors, qualifiedNameErrors } from '../support/names';
import { hintOrPlaceholder } from '../support/placeholders';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, isSet, objectsOf } from '../support/values';
import type { JobView } from '../../manifest/job-view';

const NULL_SELECTOR = 'a null labelSelector results in matching no pod';

/**
 * core `validatePodAffinityTerm` for pod affinity and anti-affinity, required and preferred:
 * the label and namespace selectors, namespace names (reported at `.namespace`, sic), a
 * non-empty label-key `topologyKey`, matchLabelKeys/mismatchLabelKeys (validated from 1.31,
 * when MatchLabelKeysInPodAffinity is on; the template drops them before), preferred weights
 * 1–100. A term without labelSelector is accepted with a warning: it matches no pod.
 */
export const podAffinity = defineRule({
  id: 'pod-affinity',
  severity: 'error',
  summary: 'pod affinity terms need valid selectors, namespaces, a topologyKey and weights of 1 to 100',
  docs: POD_DOCS.podAffinity,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.affinity'],
  refs: ['core.validatePodAffinityTerm', 'core.validateWeightedPodAffinityTerms'],
  hint: 'give each term a labelSelector and a topologyKey such as kubernetes.io/hostname; weights 1 to 100',
  check(view) {
    const affinity = asObject(view.podSpec.affinity);
    if (!affinity) return [];
    const out: Finding[] = [];
    for (const kind of ['podAffinity', 'podAntiAffinity']) {
      const a = asObject(affinity[kind]);
      if (!a) continue;
      const base = podAt(view, 'affinity', kind);
      for (const { item, index } of objectsOf(a.requiredDuringSchedulingIgnoredDuringExecution)) {
        out.push(...checkTerm(view, item, `${base}.requiredDuringSchedulingIgnoredDuringExecution[${index}]`));
      }
      for (const { item, index } of objectsOf(a.preferredDuringSchedulingIgnoredDuringExecution)) {
        const p = `${base}.preferredDuringSchedulingIgnoredDuringExecution[${index}]`;
        const weight = asInt(item.weight) ?? 0;
        if (weight <= 0 || weight > 100) out.push(invalid(`${p}.weight`, weight, 'must be in the range 1-100'));
        out.push(...checkTerm(view, asObject(item.podAffinityTerm) ?? {}, `${p}.podAffinityTerm`));
      }
    }
    return out;
  },
});

function checkTerm(view: JobView, term: Record<string, unknown>, path: string): Finding[] {
  const out: Finding[] = [
    ...validateLabelSelector(term.labelSelector, `${path}.labelSelector`, view.version),
    ...validateLabelSelector(term.namespaceSelector, `${path}.namespaceSelector`, view.version),
  ];
  for (const ns of stringList(term.namespaces)) {
    const hint = hintOrPlaceholder(ns, undefined);
    for (const msg of dns1123LabelErrors(ns)) out.push(invalid(`${path}.namespace`, ns, msg, hint ? { hint } : {}));
  }
  if (isAtLeast(view.version, '1.31')) {
    out.push(...validateMatchAndMismatchLabelKeys(path, term.matchLabelKeys, term.mismatchLabelKeys, term.labelSelector, view.version));
  }
  const topologyKey = goString(term.topologyKey) ?? '';
  if (topologyKey === '') out.push(required(`${path}.topologyKey`, 'can not be empty'));
  for (const msg of qualifiedNameErrors(topologyKey, view.version)) out.push(invalid(`${path}.topologyKey`, topologyKey, msg));
  if (!isSet(term.labelSelector)) {
    out.push(invalid(`${path}.labelSelector`, OMITTED, NULL_SELECTOR, { severity: 'warning', hint: 'add a labelSelector naming the pods to (anti-)attract' }));
  }
  return out;
}
