import { describe, expect, it } from 'vitest';
import { metadataNamespace } from '../../../lib/rules/metadata/metadata-namespace';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(metadataNamespace, {
  valid: [
    { name: 'the namespace is a DNS label', metadata: { namespace: 'team-a' } },
    { name: 'the namespace is empty (kubectl fills in the default)', metadata: { namespace: '' } },
    { name: 'the namespace is 63 characters', metadata: { namespace: 'n'.repeat(63) } },
  ],
  invalid: [
    { name: 'the namespace has upper case letters', metadata: { namespace: 'Team-A' }, errors: ['metadata.namespace'] },
    { name: 'the namespace has a dot', metadata: { namespace: 'a.b' }, errors: ['metadata.namespace'] },
    { name: 'the namespace has an underscore', metadata: { namespace: 'team_a' }, errors: ['metadata.namespace'] },
    { name: 'the namespace is 64 characters', metadata: { namespace: 'n'.repeat(64) }, errors: ['metadata.namespace'] },
  ],
});

describe('metadata-namespace messages', () => {
  it('says a dotted namespace must not contain dots, as IsDNS1123Label does', () => {
    const [v] = runRule(metadataNamespace, build('Job', { metadata: { namespace: 'a.b' } }));
    expect(v.message).toBe('Invalid value: "a.b": must not contain dots');
  });

  it('points at an unsubstituted template variable', () => {
    const [v] = runRule(metadataNamespace, build('Job', { metadata: { namespace: '${NAMESPACE}' } }));
    expect(v.hint).toMatch(/not substituted|placeholder|template/i);
  });
});
