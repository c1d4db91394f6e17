import { podNodeAffinity } from '../../../lib/rules/pod/pod-node-affinity';
import { ruleCases } from '../rule-cases';

const NA = 'spec.template.spec.affinity.nodeAffinity';
const REQ = `${NA}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`;
const PREF = `${NA}.preferredDuringSchedulingIgnoredDuringExecution`;
const required = (...terms: unknown[]) => ({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } });
const preferred = (...terms: unknown[]) => ({ affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: terms } } });
const expr = (key: string, operator: string, values?: string[]) => ({ matchExpressions: [{ key, operator, ...(values ? { values } : {}) }] });

ruleCases(podNodeAffinity, {
  valid: [
    { name: 'required and preferred terms are valid', podSpec: { ...required(expr('kubernetes.io/arch', 'In', ['amd64']), expr('gpu', 'Exists')) } },
    { name: 'a preferred term weighs 100', podSpec: preferred({ weight: 100, preference: expr('cores', 'Gt', ['8']) }) },
    { name: 'matchFields on metadata.name', podSpec: required({ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-1'] }] }) },
    { name: 'a bad required value before 1.33', podSpec: required(expr('zone', 'In', ['not valid'])), versions: ['1.28', '1.32'] },
    { name: 'a bad preferred value before 1.33 (no warning)', podSpec: preferred({ weight: 1, preference: expr('zone', 'In', ['not valid']) }), versions: ['1.32'] },
  ],
  invalid: [
    { name: 'there are no required terms', podSpec: required(), errors: [REQ] },
    { name: 'In has no values', podSpec: required(expr('zone', 'In')), errors: [`${REQ}[0].matchExpressions[0].values`] },
    { name: 'Exists has values', podSpec: required(expr('zone', 'Exists', ['a'])), errors: [`${REQ}[0].matchExpressions[0].values`] },
    { name: 'Gt has two values', podSpec: required(expr('cores', 'Gt', ['1', '2'])), errors: [`${REQ}[0].matchExpressions[0].values`] },
    { name: 'the operator is unknown', podSpec: required(expr('zone', 'Equals', ['a'])), errors: [`${REQ}[0].matchExpressions[0].operator`] },
    { name: 'the key is empty', podSpec: required(expr('', 'Exists')), errors: [`${REQ}[0].matchExpressions[0].key`, `${REQ}[0].matchExpressions[0].key`] },
    { name: 'a required value is not a label value (1.33+)', podSpec: required(expr('zone', 'In', ['not valid'])), versions: ['1.33', '1.37'], errors: [`${REQ}[0].matchExpressions[0].values[0]`] },
    { name: 'a matchFields key is not metadata.name', podSpec: required({ matchFields: [{ key: 'spec.nodeName', operator: 'In', values: ['a'] }] }), errors: [`${REQ}[0].matchFields[0].key`] },
    { name: 'a preferred weight is 0', podSpec: preferred({ weight: 0, preference: expr('a', 'Exists') }), errors: [`${PREF}[0].weight`] },
    {
      name: 'a preferred value is not a label value (a warning, 1.33+)',
      podSpec: preferred({ weight: 1, preference: expr('zone', 'In', ['not valid']) }),
      versions: ['1.33', '1.37'],
      errors: [{ path: `${PREF}[0].preference.matchExpressions[0].values[0]`, severity: 'warning' }],
    },
    {
      name: 'a deprecated node label is the key',
      podSpec: required(expr('failure-domain.beta.kubernetes.io/zone', 'Exists')),
      errors: [{ path: `${REQ}[0].matchExpressions[0].key`, severity: 'warning' }],
    },
  ],
});
