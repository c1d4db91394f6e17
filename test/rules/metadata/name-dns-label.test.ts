import { describe, expect, it } from 'vitest';
import { nameDnsLabel } from '../../../lib/rules/metadata/name-dns-label';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(nameDnsLabel, {
  valid: [
    { name: 'the name is a DNS label', metadata: { name: 'nightly-report' } },
    { name: 'the name is not even a subdomain (metadata-name-format reports it)', metadata: { name: 'Bad.Name' } },
  ],
  invalid: [
    { name: 'the name has dots', metadata: { name: 'reports.nightly' }, errors: ['metadata.name'] },
    { name: 'the name has 64 characters', metadata: { name: 'a'.repeat(64) }, errors: ['metadata.name'] },
  ],
});

describe('name-dns-label message', () => {
  it('is the strategy warning text', () => {
    const [v] = runRule(nameDnsLabel, build('Job', { metadata: { name: 'reports.nightly' } }));
    expect(v.severity).toBe('warning');
    expect(v.message).toMatchInlineSnapshot(`"Invalid value: "reports.nightly": this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]"`);
  });
});
