import { describe, expect, it } from 'vitest';
import { metadataAnnotations } from '../../../lib/rules/metadata/metadata-annotations';
import { build, ruleCases, runRule } from '../rule-cases';

const big = 'x'.repeat(262144);

ruleCases(metadataAnnotations, {
  valid: [
    { name: 'annotations are small', metadata: { annotations: { 'argocd.argoproj.io/hook': 'PreSync', Description: 'ok' } } },
    {
      name: 'annotations are exactly 262144 bytes and the object is created from generateName (no kubectl apply annotation)',
      mutate: (m) => (m.metadata = { generateName: 'pi-', annotations: { k: 'x'.repeat(262143) } }),
    },
  ],
  invalid: [
    { name: 'annotations exceed 262144 bytes', metadata: { annotations: { k: big } }, errors: ['metadata.annotations'] },
    { name: 'an annotation key has two slashes', metadata: { annotations: { 'a/b/c': 'x' } }, errors: ['metadata.annotations'] },
    {
      name: 'annotations fit, but not with the last-applied copy kubectl apply adds',
      metadata: { annotations: { k: 'x'.repeat(262100) } },
      errors: ['metadata.annotations'],
    },
  ],
});

describe('metadata-annotations messages', () => {
  it('says when the kubectl apply annotation takes the total over the limit', () => {
    const [v] = runRule(metadataAnnotations, build('Job', { metadata: { annotations: { k: 'x'.repeat(262100) } } }));
    expect(v.hint).toContain('kubectl.kubernetes.io/last-applied-configuration');
  });

  it('does not count a last-applied annotation written in the manifest twice', () => {
    const manifest = build('Job', { metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': 'x'.repeat(200000) } } });
    expect(runRule(metadataAnnotations, manifest)).toEqual([]);
  });

  it.each([
    ['1.31', 'Too long: must have at most 262144 bytes'],
    ['1.32', 'Too long: may not be more than 262144 bytes'],
  ])('uses the %s Too long wording', (version, message) => {
    const [v] = runRule(metadataAnnotations, build('Job', { metadata: { annotations: { k: big } } }), version);
    expect(v.message).toBe(message);
  });
});
