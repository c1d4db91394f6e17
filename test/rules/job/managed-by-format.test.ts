import { describe, expect, it } from 'vitest';
import { managedByFormat } from '../../../lib/rules/job/managed-by-format';
import { build, ruleCases, runRule } from '../rule-cases';

const v = ['1.32', '1.36'];

ruleCases(managedByFormat, {
  valid: [
    { name: 'managedBy is a domain-prefixed path', versions: v, jobSpec: { managedBy: 'kueue.x-k8s.io/multikueue' } },
    { name: 'managedBy is the built-in controller', versions: v, jobSpec: { managedBy: 'kubernetes.io/job-controller' } },
    { name: 'a Job has a malformed managedBy on 1.30–1.31 (dropped; feature-gated-field reports it)', kinds: ['Job'], versions: ['1.30', '1.31'], jobSpec: { managedBy: 'nope' } },
  ],
  invalid: [
    { name: 'a CronJob template has a malformed managedBy on 1.30 (validated, not dropped)', kinds: ['CronJob'], versions: ['1.30'], jobSpec: { managedBy: 'nope' }, errors: ['spec.managedBy'] },
    { name: 'managedBy has no slash', versions: v, jobSpec: { managedBy: 'nope' }, errors: ['spec.managedBy'] },
    { name: 'managedBy is empty', versions: v, jobSpec: { managedBy: '' }, errors: ['spec.managedBy'] },
    { name: 'the host is not a subdomain', versions: v, jobSpec: { managedBy: 'Acme.io/x' }, errors: ['spec.managedBy'] },
    { name: 'the path has a space', versions: v, jobSpec: { managedBy: 'acme.io/a b' }, errors: ['spec.managedBy'] },
    { name: 'managedBy has 64 characters', versions: v, jobSpec: { managedBy: `acme.io/${'a'.repeat(56)}` }, errors: ['spec.managedBy'] },
  ],
});

describe('managed-by-format messages', () => {
  it('prints the domain-prefixed path and Too long texts', () => {
    const msg = (managedBy: string) => runRule(managedByFormat, build('Job', { jobSpec: { managedBy } }), '1.32').map((f) => f.message);
    expect([...msg('nope'), ...msg(`acme.io/${'a'.repeat(56)}`)]).toMatchInlineSnapshot(`
      [
        "Invalid value: "nope": must be a domain-prefixed path (such as "acme.io/foo")",
        "Too long: may not be more than 63 bytes",
      ]
    `);
  });
});
