import { describe, expect, it } from 'vitest';
import { metadataFinalizers } from '../../../lib/rules/metadata/metadata-finalizers';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(metadataFinalizers, {
  valid: [
    { name: 'the finalizer is domain-qualified', metadata: { finalizers: ['example.com/cleanup'] } },
    { name: 'the finalizer is a standard one', metadata: { finalizers: ['kubernetes', 'orphan'] } },
    { name: 'foregroundDeletion alone', metadata: { finalizers: ['foregroundDeletion'] } },
  ],
  invalid: [
    { name: 'the finalizer has no domain', metadata: { finalizers: ['example.com/a', 'cleanup'] }, errors: ['metadata.finalizers[1]'] },
    { name: 'the finalizer prefix is no DNS subdomain', metadata: { finalizers: ['Bad/Fin'] }, errors: ['metadata.finalizers'] },
    { name: 'orphan and foregroundDeletion are both set', metadata: { finalizers: ['orphan', 'foregroundDeletion'] }, errors: ['metadata.finalizers'] },
  ],
});

describe('metadata-finalizers messages', () => {
  it('uses the server wording for a name without a domain', () => {
    const [v] = runRule(metadataFinalizers, build('Job', { metadata: { finalizers: ['cleanup'] } }));
    expect(v.message).toBe('Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified');
  });
});
