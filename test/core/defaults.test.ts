import { describe, expect, it } from 'vitest';
import { defaultedCopy } from '../../lib/manifest/defaults';
import { toJobView } from '../../lib/manifest/job-view';

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

  it('shares a written object that defaulting leaves as it was, and copies the path to one it changes', () => {
    const podSpec = { restartPolicy: 'Never', containers: [] };
    const cron = { kind: 'CronJob', metadata: { name: 'c' }, spec: { schedule: '@daily', jobTemplate: { spec: { template: { spec: podSpec } } } } };
    const view = toJobView(cron, '1.30')!;
    expect(view.podSpec).toBe(podSpec);
    expect(view.spec).toBe(cron.spec.jobTemplate.spec);
    expect(view.cronSpec).not.toBe(cron.spec);
    expect(view.defaulted).toEqual({ ...cron, spec: { ...cron.spec, concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 } });
    const unset = toJobView({ ...cron, spec: { jobTemplate: { spec: { template: { spec: { containers: [] } } } } } }, '1.30')!;
    expect(unset.podSpec).toEqual({ containers: [], restartPolicy: 'Always' });
    expect((unset.manifest.spec as { jobTemplate: { spec: { template: { spec: object } } } }).jobTemplate.spec.template.spec).toEqual({ containers: [] });
  });

  it('still copies an unchanged object that inherits from another prototype, so rules never read inherited keys', () => {
    const podSpec = Object.assign(Object.create({ hostNetwork: true }), { restartPolicy: 'Never', containers: [] });
    const view = toJobView({ kind: 'Job', metadata: { name: 'j' }, spec: { template: { spec: podSpec } } }, '1.30')!;
    expect(view.podSpec).not.toBe(podSpec);
    expect(view.podSpec.hostNetwork).toBeUndefined();
    expect(view.podSpec).toEqual({ restartPolicy: 'Never', containers: [] });
  });

  it('defaults what a document has of its own: what it or its template inherits is left out', () => {
    const doc = Object.assign(Object.create({ metadata: { name: 'inherited' }, spec: { template: {} } }), { kind: 'Job' });
    const view = toJobView(doc, '1.30')!;
    expect(view.metadata).toEqual({});
    expect(view.spec).toEqual({});
    expect(view.defaulted).toEqual({ kind: 'Job' });
    const template = Object.assign(Object.create({ metadata: { labels: { team: 'a' } } }), { spec: { restartPolicy: 'Never', containers: [] } });
    const job = toJobView({ kind: 'Job', metadata: { name: 'j' }, spec: { template } }, '1.30')!;
    expect(job.spec.template).toEqual({ spec: { restartPolicy: 'Never', containers: [] } });
  });
});
