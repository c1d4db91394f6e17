import { podAffinity } from '../../../lib/rules/pod/pod-affinity';
import { ruleCases } from '../rule-cases';

const A = 'spec.template.spec.affinity';
const term = (extra: Record<string, unknown> = {}) => ({ labelSelector: { matchLabels: { app: 'x' } }, topologyKey: 'kubernetes.io/hostname', ...extra });
const req = (kind: string, ...terms: unknown[]) => ({ affinity: { [kind]: { requiredDuringSchedulingIgnoredDuringExecution: terms } } });
const pref = (kind: string, ...terms: unknown[]) => ({ affinity: { [kind]: { preferredDuringSchedulingIgnoredDuringExecution: terms } } });
const R = (kind: string) => `${A}.${kind}.requiredDuringSchedulingIgnoredDuringExecution[0]`;

ruleCases(podAffinity, {
  valid: [
    { name: 'required and preferred terms are valid', podSpec: { affinity: { ...req('podAffinity', term()).affinity, ...pref('podAntiAffinity', { weight: 50, podAffinityTerm: term() }).affinity } } },
    { name: 'namespaces are labels', podSpec: req('podAffinity', term({ namespaces: ['team-a'] })) },
    { name: 'matchLabelKeys on 1.31+', podSpec: req('podAntiAffinity', term({ matchLabelKeys: ['pod-template-hash'] })), versions: ['1.31', '1.36'] },
  ],
  invalid: [
    { name: 'the topologyKey is empty', podSpec: req('podAffinity', term({ topologyKey: '' })), errors: [`${R('podAffinity')}.topologyKey`, `${R('podAffinity')}.topologyKey`, `${R('podAffinity')}.topologyKey`] },
    { name: 'a namespace has upper case', podSpec: req('podAntiAffinity', term({ namespaces: ['Team'] })), errors: [`${R('podAntiAffinity')}.namespace`] },
    { name: 'the selector operator is unknown', podSpec: req('podAffinity', term({ labelSelector: { matchExpressions: [{ key: 'a', operator: 'Is' }] } })), errors: [`${R('podAffinity')}.labelSelector.matchExpressions[0].operator`] },
    {
      name: 'a preferred weight is 101',
      podSpec: pref('podAffinity', { weight: 101, podAffinityTerm: term() }),
      errors: [`${A}.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight`],
    },
    {
      name: 'a key is both a matchLabelKey and a mismatchLabelKey (1.31+)',
      podSpec: req('podAffinity', term({ matchLabelKeys: ['a'], mismatchLabelKeys: ['a'] })),
      versions: ['1.31', '1.36'],
      errors: [`${R('podAffinity')}.matchLabelKeys[0]`],
    },
    { name: 'matchLabelKeys without labelSelector (1.31+)', podSpec: req('podAffinity', { topologyKey: 'zone', matchLabelKeys: ['a'] }), versions: ['1.36'], errors: [`${R('podAffinity')}.matchLabelKeys`, { path: `${R('podAffinity')}.labelSelector`, severity: 'warning' }] },
    { name: 'a term has no labelSelector', podSpec: req('podAffinity', { topologyKey: 'zone' }), errors: [{ path: `${R('podAffinity')}.labelSelector`, severity: 'warning' }] },
  ],
});
