import { podTopologySpread } from '../../../lib/rules/pod/pod-topology-spread';
import { ruleCases } from '../rule-cases';

const T = 'spec.template.spec.topologySpreadConstraints';
const c = (extra: Record<string, unknown> = {}) => ({
  maxSkew: 1,
  topologyKey: 'topology.kubernetes.io/zone',
  whenUnsatisfiable: 'DoNotSchedule',
  labelSelector: { matchLabels: { app: 'x' } },
  ...extra,
});

ruleCases(podTopologySpread, {
  valid: [
    { name: 'a complete constraint', podSpec: { topologySpreadConstraints: [c({ minDomains: 2, nodeAffinityPolicy: 'Honor', nodeTaintsPolicy: 'Ignore', matchLabelKeys: ['pod-template-hash'] })] } },
    { name: 'two constraints on different keys', podSpec: { topologySpreadConstraints: [c(), c({ topologyKey: 'kubernetes.io/hostname' })] } },
  ],
  invalid: [
    { name: 'maxSkew is 0', podSpec: { topologySpreadConstraints: [c({ maxSkew: 0 })] }, errors: [`${T}[0].maxSkew`] },
    { name: 'topologyKey is empty', podSpec: { topologySpreadConstraints: [c({ topologyKey: '' })] }, errors: [`${T}[0].topologyKey`] },
    { name: 'whenUnsatisfiable is unknown', podSpec: { topologySpreadConstraints: [c({ whenUnsatisfiable: 'Never' })] }, errors: [`${T}[0].whenUnsatisfiable`] },
    { name: 'two constraints repeat key and action', podSpec: { topologySpreadConstraints: [c(), c()] }, errors: [`${T}[0].{topologyKey, whenUnsatisfiable}`] },
    { name: 'minDomains with ScheduleAnyway', podSpec: { topologySpreadConstraints: [c({ whenUnsatisfiable: 'ScheduleAnyway', minDomains: 2 })] }, errors: [`${T}[0].minDomains`] },
    { name: 'minDomains is 0', podSpec: { topologySpreadConstraints: [c({ minDomains: 0 })] }, errors: [`${T}[0].minDomains`] },
    { name: 'nodeTaintsPolicy is unknown', podSpec: { topologySpreadConstraints: [c({ nodeTaintsPolicy: 'Always' })] }, errors: [`${T}[0].nodeTaintsPolicy`] },
    { name: 'a matchLabelKey is also a selector key (before 1.34)', podSpec: { topologySpreadConstraints: [c({ matchLabelKeys: ['app'] })] }, versions: ['1.28', '1.33'], errors: [`${T}[0].matchLabelKeys[0]`] },
    {
      name: 'matchLabelKeys without a labelSelector',
      podSpec: { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', matchLabelKeys: ['a'] }] },
      errors: [`${T}[0].matchLabelKeys`, { path: `${T}[0].labelSelector`, severity: 'warning' }],
    },
    { name: 'the selector has a bad value', podSpec: { topologySpreadConstraints: [c({ labelSelector: { matchLabels: { app: 'a b' } } })] }, errors: [`${T}[0].labelSelector.matchLabels`] },
    { name: 'there is no labelSelector', podSpec: { topologySpreadConstraints: [c({ labelSelector: null })] }, errors: [{ path: `${T}[0].labelSelector`, severity: 'warning' }] },
  ],
});
