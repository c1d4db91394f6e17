import { describe, expect, it } from 'vitest';
import { metadataNameRequired } from '../../../lib/rules/metadata/metadata-name-required';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(metadataNameRequired, {
  valid: [
    { name: 'a name is set', metadata: { name: 'pi' } },
    { name: 'only generateName is set', mutate: (m) => ((m.metadata as Record<string, unknown>) = { generateName: 'pi-' }) },
  ],
  invalid: [
    { name: 'metadata is empty', mutate: (m) => (m.metadata = {}), errors: ['metadata.name'] },
    { name: 'metadata is missing', mutate: (m) => delete m.metadata, errors: ['metadata.name'] },
    { name: 'name is "" and generateName null', metadata: { name: '', generateName: null }, errors: ['metadata.name'] },
  ],
});

describe('metadata-name-required message', () => {
  it('uses the API server wording', () => {
    const [v] = runRule(metadataNameRequired, build('Job', { mutate: (m) => (m.metadata = {}) }));
    expect(v.message).toMatchInlineSnapshot(`"Required value: name or generateName is required"`);
  });
});
