import { describe, expect, it } from 'vitest';
import { defaultedCopy } from '../../lib/manifest/defaults';

/** A Job whose objects carry an own `__proto__` key, as js-yaml builds it from `__proto__: ...`. */
function jobWithProtoKeys(): Record<string, unknown> {
  const spec: Record<string, unknown> = { template: { spec: { containers: [] } } };
  Object.defineProperty(spec, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
  const doc: Record<string, unknown> = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'x' }, spec };
  Object.defineProperty(doc, '__proto__', { value: 'kept', enumerable: true, writable: true, configurable: true });
  return doc;
}

describe('defaultedCopy', () => {
  it('adds the JobSpec defaults in the order the keys are added, after the written keys, leaving the input as it was', () => {
    const doc = { kind: 'Job', metadata: { name: 'x' }, spec: { backoffLimit: 4, template: { spec: { containers: [] } } } };
    const before = JSON.stringify(doc);
    const out = defaultedCopy(doc, 'Job', '1.28');
    expect(Object.keys(out.spec as object)).toEqual(['backoffLimit', 'template', 'completions', 'parallelism', 'completionMode', 'suspend', 'manualSelector']);
    expect(JSON.stringify(doc)).toBe(before);
    expect(out.spec).not.toBe(doc.spec);
  });

  it('copies an own `__proto__` key as a key, never as the copy\'s prototype', () => {
    const out = defaultedCopy(jobWithProtoKeys(), 'Job', '1.28');
    const spec = out.spec as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(spec)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('kept');
    expect(Object.getOwnPropertyDescriptor(spec, '__proto__')?.value).toEqual({ polluted: true });
    expect(spec.completions).toBe(1);
  });
});
