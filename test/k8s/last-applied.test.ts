import { describe, expect, it } from 'vitest';
import { LAST_APPLIED_ANNOTATION, lastAppliedAnnotationBytes } from '../../lib/k8s/last-applied';

const job = (metadata: Record<string, unknown>) => ({ apiVersion: 'batch/v1', kind: 'Job', metadata, spec: {} });

describe('lastAppliedAnnotationBytes', () => {
  it('is the key plus the JSON kubectl sends (namespace filled in, annotations {}) and a newline', () => {
    const sent = JSON.stringify({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'a', namespace: 'default', annotations: {} }, spec: {} });
    expect(lastAppliedAnnotationBytes(job({ name: 'a' }))).toBe(LAST_APPLIED_ANNOTATION.length + sent.length + 1);
  });

  it('leaves out an old last-applied annotation and counts the escapes Go writes for <, > and &', () => {
    const plain = lastAppliedAnnotationBytes(job({ name: 'a', annotations: { x: 'ab' } }))!;
    expect(lastAppliedAnnotationBytes(job({ name: 'a', annotations: { x: 'ab', [LAST_APPLIED_ANNOTATION]: 'old' } }))).toBe(plain);
    expect(lastAppliedAnnotationBytes(job({ name: 'a', annotations: { x: '<&' } }))).toBe(plain + 10);
  });

  it('is undefined without a name: kubectl creates a generateName object, without the annotation', () => {
    expect(lastAppliedAnnotationBytes(job({ generateName: 'a-' }))).toBeUndefined();
  });
});
