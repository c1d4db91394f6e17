import { describe, expect, it } from 'vitest';
import { LAST_APPLIED_ANNOTATION, lastAppliedAnnotationBytes, lastAppliedAnnotationExceeds } from '../../lib/k8s/last-applied';

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

describe('lastAppliedAnnotationExceeds', () => {
  const big = (n: number, s = 'x') => job({ name: 'a', annotations: { note: s.repeat(n) } });
  const cases: Array<Record<string, unknown>> = [
    job({ name: 'a' }),
    job({ name: 'a', namespace: 'ns', annotations: { x: '<&>', [LAST_APPLIED_ANNOTATION]: 'old' } }),
    big(40_000, '<'),
    big(90_000, '\u2028'),
    big(200_000),
    { ...job({ name: 'a', namespace: '' }), spec: { n: [1.5e-300, -1, true, null, { a: 'é' }] } },
  ];

  it('agrees with the exact byte count on either side of it, from the bound or the encoding', () => {
    for (const manifest of cases) {
      const bytes = lastAppliedAnnotationBytes(manifest)!;
      for (const room of [0, bytes - 1, bytes, bytes + 1, 6 * bytes, 262_144]) {
        expect(lastAppliedAnnotationExceeds(manifest, room)).toBe(bytes > room);
      }
    }
  });

  it('is undefined where kubectl adds no annotation: no name, or a value it cannot encode', () => {
    expect(lastAppliedAnnotationExceeds(job({ generateName: 'a-' }), 1000)).toBeUndefined();
    expect(lastAppliedAnnotationExceeds({ ...job({ name: 'a' }), spec: { n: 1n } }, 1000)).toBeUndefined();
    const cycle: Record<string, unknown> = { name: 'a' };
    cycle.self = cycle;
    expect(lastAppliedAnnotationExceeds(job(cycle), 1000)).toBeUndefined();
  });

  it('sizes a value that is not JSON data exactly (a Date is its ISO string)', () => {
    const dated = { ...job({ name: 'a' }), spec: { at: new Date(0) } };
    const bytes = lastAppliedAnnotationBytes(dated)!;
    expect(lastAppliedAnnotationExceeds(dated, bytes - 1)).toBe(true);
    expect(lastAppliedAnnotationExceeds(dated, bytes)).toBe(false);
  });

  it('sizes exactly a value whose toJSON changes its encoding: an own toJSON member, or one put on Object.prototype', () => {
    const grows = { ...job({ name: 'a' }), spec: { n: { toJSON: () => 'x'.repeat(5000) } } };
    expect(lastAppliedAnnotationExceeds(grows, 4000)).toBe(true);
    const proto = Object.prototype as { toJSON?: unknown };
    proto.toJSON = function () {
      return 'x'.repeat(5000);
    };
    try {
      const plain = job({ name: 'a' });
      const bytes = lastAppliedAnnotationBytes(plain)!;
      expect(bytes).toBeGreaterThan(5000);
      expect(lastAppliedAnnotationExceeds(plain, bytes - 1)).toBe(true);
    } finally {
      delete proto.toJSON;
    }
  });
});
