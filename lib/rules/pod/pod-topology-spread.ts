import { asInt } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { OMITTED, duplicate, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { validateMatchAndMismatchLabelKeys, validateTopologySpreadMatchLabelKeys } from '../support/label-keys';
import { validateLabelSelector } from '../support/label-selector';
import { deprecatedNodeLabelMessage } from '../support/node-labels';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString, isSet, objectsOf } from '../support/values';

const ACTIONS = ['DoNotSchedule', 'ScheduleAnyway'];
const NODE_POLICIES = ['Honor', 'Ignore'];
const NOT_POSITIVE = 'must be greater than zero';

/**
 * core `validateTopologySpreadConstraints`: `maxSkew` > 0, a topologyKey, whenUnsatisfiable
 * DoNotSchedule or ScheduleAnyway, no two constraints with the same {topologyKey,
 * whenUnsatisfiable}, `minDomains` > 0 and only with DoNotSchedule, node policies Honor or
 * Ignore, matchLabelKeys rules (1.34+ the affinity-style check), a valid labelSelector.
 * Warnings: a deprecated node label as topologyKey, and no labelSelector (matches no pod).
 */
export const podTopologySpread = defineRule({
  id: 'pod-topology-spread',
  severity: 'error',
  summary: 'topology spread constraints need maxSkew > 0, a topologyKey, a known whenUnsatisfiable and no repeats',
  docs: POD_DOCS.topologySpread,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.topologySpreadConstraints'],
  refs: ['core.validateTopologySpreadConstraints'],
  hint: 'set maxSkew: 1, a topologyKey such as topology.kubernetes.io/zone, whenUnsatisfiable DoNotSchedule or ScheduleAnyway, and a labelSelector',
  check(view) {
    const out: Finding[] = [];
    const constraints = objectsOf(view.podSpec.topologySpreadConstraints);
    const merge = isAtLeast(view.version, '1.34');
    constraints.forEach(({ item: c, index }, n) => {
      const p = podAt(view, 'topologySpreadConstraints', index);
      const maxSkew = asInt(c.maxSkew) ?? 0;
      if (maxSkew <= 0) out.push(invalid(`${p}.maxSkew`, maxSkew, NOT_POSITIVE));
      const key = goString(c.topologyKey) ?? '';
      if (key === '') out.push(required(`${p}.topologyKey`, 'can not be empty'));
      const action = goString(c.whenUnsatisfiable) ?? '';
      if (!ACTIONS.includes(action)) out.push(unsupported(`${p}.whenUnsatisfiable`, action, ACTIONS));
      const repeated = constraints.slice(n + 1).some(({ item: o }) => (goString(o.topologyKey) ?? '') === key && (goString(o.whenUnsatisfiable) ?? '') === action);
      if (repeated) out.push(duplicate(`${p}.{topologyKey, whenUnsatisfiable}`, `{${key}, ${action}}`));
      const minDomains = asInt(c.minDomains);
      if (isSet(c.minDomains) && minDomains !== undefined) {
        if (minDomains <= 0) out.push(invalid(`${p}.minDomains`, minDomains, NOT_POSITIVE));
        if (action !== 'DoNotSchedule') out.push(invalid(`${p}.minDomains`, minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`));
      }
      for (const field of ['nodeAffinityPolicy', 'nodeTaintsPolicy']) {
        const policy = c[field];
        if (typeof policy === 'string' && !NODE_POLICIES.includes(policy)) out.push(unsupported(`${p}.${field}`, policy, NODE_POLICIES));
      }
      out.push(
        ...(merge
          ? validateMatchAndMismatchLabelKeys(p, c.matchLabelKeys, undefined, c.labelSelector, view.version)
          : validateTopologySpreadMatchLabelKeys(`${p}.matchLabelKeys`, c.matchLabelKeys, c.labelSelector, view.version)),
      );
      out.push(...validateLabelSelector(c.labelSelector, `${p}.labelSelector`, view.version));
      const deprecated = deprecatedNodeLabelMessage(key, view.version);
      if (deprecated) out.push(invalid(`${p}.topologyKey`, OMITTED, `${key} is ${deprecated}`, { severity: 'warning', hint: 'use the label the message names' }));
      if (!isSet(c.labelSelector)) {
        out.push(invalid(`${p}.labelSelector`, OMITTED, 'a null labelSelector results in matching no pod', { severity: 'warning', hint: 'add a labelSelector matching the Job\'s pods' }));
      }
    });
    return out;
  },
});

