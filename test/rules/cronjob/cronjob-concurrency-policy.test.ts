import { expect, it } from 'vitest';
import { corpusCronJob, cronCases, messageOf } from './cronjob-cases';

const RULE = 'cronjob-concurrency-policy';

cronCases(RULE, {
  valid: [
    { name: 'no policy (defaulted to Allow)', spec: {} },
    { name: 'an empty policy (defaulted to Allow)', spec: { concurrencyPolicy: '' } },
    { name: 'null (defaulted to Allow)', spec: { concurrencyPolicy: null } },
    { name: 'Allow', spec: { concurrencyPolicy: 'Allow' } },
    { name: 'Forbid', spec: { concurrencyPolicy: 'Forbid' } },
    { name: 'Replace', spec: { concurrencyPolicy: 'Replace' } },
  ],
  invalid: [
    { name: 'the policy is Deny', spec: { concurrencyPolicy: 'Deny' }, errors: ['spec.concurrencyPolicy'] },
    { name: 'the case is wrong', spec: { concurrencyPolicy: 'forbid' }, errors: ['spec.concurrencyPolicy'] },
  ],
});

it('reports the policy of datree__omicronjob-concurrency-deny.yaml with the supported values', () => {
  expect(messageOf(RULE, corpusCronJob('datree__omicronjob-concurrency-deny.yaml'))).toBe(
    'error spec.concurrencyPolicy: Unsupported value: "Deny": supported values: "Allow", "Forbid", "Replace"',
  );
});
