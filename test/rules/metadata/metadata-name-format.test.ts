import { describe, expect, it } from 'vitest';
import { metadataNameFormat } from '../../../lib/rules/metadata/metadata-name-format';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(metadataNameFormat, {
  valid: [
    { name: 'the name is a subdomain with dots', metadata: { name: 'reports.nightly-1' } },
    { name: 'the name has 253 characters', metadata: { name: `${'a'.repeat(62)}.`.repeat(4).slice(0, 252) + 'a' } },
    { name: 'generateName ends with a dash', mutate: (m) => (m.metadata = { generateName: 'pi-' }) },
    { name: 'generateName has no trailing dash', mutate: (m) => (m.metadata = { generateName: 'pi' }) },
  ],
  invalid: [
    { name: 'the name has upper-case letters', metadata: { name: 'OmiCronJob' }, errors: ['metadata.name'] },
    { name: 'the name contains $', metadata: { name: 'process-item-$ITEM' }, errors: ['metadata.name'] },
    { name: 'the name has 254 characters', metadata: { name: 'a'.repeat(254) }, errors: ['metadata.name'] },
    { name: 'the name ends with a dash', metadata: { name: 'pi-' }, errors: ['metadata.name'] },
    {
      name: 'generateName has upper-case letters (the generated name fails too)',
      mutate: (m) => (m.metadata = { generateName: 'Pi-' }),
      errors: ['metadata.generateName', 'metadata.name'],
    },
  ],
});

describe('metadata-name-format messages', () => {
  it('prints the RFC 1123 subdomain text and the 253 limit', () => {
    const name = `A${'a'.repeat(253)}`;
    const found = runRule(metadataNameFormat, build('Job', { metadata: { name } }));
    expect(found.map((v) => v.message.replace(name, '<name>'))).toMatchInlineSnapshot(`
      [
        "Invalid value: "<name>": must be no more than 253 characters",
        "Invalid value: "<name>": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ]
    `);
  });
});
