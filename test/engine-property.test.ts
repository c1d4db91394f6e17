/**
 * Property tests (fast-check): random mutations of valid manifests never make the engine throw,
 * on any target version; plus a few targeted properties of single rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintManifest } from '../lib/lint';
import { jobNonNegativeFields } from '../lib/rules/job/job-non-negative-fields';
import { selectorMatchesTemplate } from '../lib/rules/job/selector-matches-template';
import { metadataNameFormat } from '../lib/rules/metadata/metadata-name-format';
import { KUBERNETES_VERSIONS } from '../lib/versions';
import { build, runRule } from './rules/rule-cases';

type Json = Record<string, unknown>;

/** A Job that touches most rules: Indexed, per-index backoff, both policies, sidecar, labels. */
function richJob(): Json {
  return build('Job', {
    metadata: { labels: { app: 'pi' }, annotations: { 'example.com/owner': 'team' } },
    jobSpec: {
      completionMode: 'Indexed',
      completions: 5,
      parallelism: 2,
      backoffLimitPerIndex: 1,
      maxFailedIndexes: 2,
      podReplacementPolicy: 'Failed',
      successPolicy: { rules: [{ succeededIndexes: '0-2', succeededCount: 2 }] },
      podFailurePolicy: {
        rules: [
          { action: 'FailIndex', onExitCodes: { containerName: 'pi', operator: 'In', values: [1, 2] } },
          { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] },
        ],
      },
      template: { metadata: { labels: { app: 'pi' } } },
    },
    podSpec: { initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }] },
  });
}

function richCronJob(): Json {
  return build('CronJob', {
    cronSpec: { timeZone: 'Etc/UTC', concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 30 },
    jobSpec: { completionMode: 'Indexed', completions: 3, managedBy: 'kueue.x-k8s.io/multikueue' },
  });
}

/** Every object or array inside a JSON value (the value itself included). */
function containers(value: unknown, out: Array<Record<string | number, unknown>> = []): Array<Record<string | number, unknown>> {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value as Record<string | number, unknown>);
  for (const v of Object.values(value)) containers(v, out);
  return out;
}

const garbage = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
  fc.constantFrom(null, '', -1, 0, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -0, 0.5, true, [], {}, 'Indexed', 'Always', 'FailIndex'),
  fc.string({ maxLength: 300 }),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 30 }),
);

const mutation = fc.tuple(fc.nat(), fc.constantFrom('delete', 'replace', 'insert'), garbage, fc.constantFrom('name', 'spec', 'template', 'containers', 'selector', 'labels', 'rules', 'x', '__proto__'));

function mutate(manifest: Json, [pick, op, generated, newKey]: [number, string, unknown, string]): void {
  // Manifests are trees: never share (or cycle through) a generated value.
  const value = structuredClone(generated);
  const all = containers(manifest);
  const target = all[pick % all.length];
  const keys = Object.keys(target);
  const key = keys.length > 0 ? (Array.isArray(target) ? Number(keys[pick % keys.length]) : keys[pick % keys.length]) : undefined;
  if (op === 'insert' || key === undefined) {
    if (Array.isArray(target)) target.push(value);
    else Object.defineProperty(target, newKey, { value, enumerable: true, configurable: true, writable: true });
  } else if (op === 'delete') {
    if (Array.isArray(target)) target.splice(key as number, 1);
    else delete target[key];
  } else target[key] = value;
}

describe('lintManifest never throws', () => {
  it.each([
    ['Job', richJob],
    ['CronJob', richCronJob],
    ['minimal Job', () => build('Job', {})],
    ['minimal CronJob', () => build('CronJob', {})],
  ] as const)('on random mutations of a valid %s', (_, base) => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const manifest = base();
        for (const m of mutations) mutate(manifest, m);
        for (const kubernetesVersion of KUBERNETES_VERSIONS) expect(() => lintManifest(manifest, { kubernetesVersion })).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('on any top-level value', () => {
    fc.assert(
      fc.property(garbage, (value) => {
        expect(() => lintManifest(value)).not.toThrow();
        expect(() => lintManifest({ kind: 'Job', spec: value })).not.toThrow();
        expect(() => lintManifest({ kind: 'CronJob', spec: { jobTemplate: value } })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('targeted properties', () => {
  const int32 = fc.integer({ min: 0, max: 2 ** 31 - 1 });

  it('any non-negative parallelism never triggers job-non-negative-fields', () => {
    fc.assert(
      fc.property(int32, fc.constantFrom('Job', 'CronJob'), fc.constantFrom(...KUBERNETES_VERSIONS), (parallelism, kind, version) => {
        expect(runRule(jobNonNegativeFields, build(kind, { jobSpec: { parallelism } }), version)).toEqual([]);
      }),
    );
  });

  it('any negative backoffLimit is reported at its path', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: -1 }), (backoffLimit) => {
        expect(runRule(jobNonNegativeFields, build('Job', { jobSpec: { backoffLimit } })).map((v) => v.path)).toEqual(['spec.backoffLimit']);
      }),
    );
  });

  it('metadata-name-format accepts exactly the RFC 1123 subdomains of at most 253 characters', () => {
    const subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
    const names = fc.oneof(fc.string({ minLength: 1, maxLength: 260 }), fc.stringMatching(/^[a-z0-9.-]{1,260}$/));
    fc.assert(
      fc.property(names, (name) => {
        const ok = subdomain.test(name) && Buffer.byteLength(name) <= 253;
        expect(runRule(metadataNameFormat, build('Job', { metadata: { name } })).length === 0).toBe(ok);
      }),
    );
  });

  it('a manual selector built from the template labels always matches them', () => {
    const labelKey = fc.stringMatching(/^[a-z]([a-z0-9-]{0,20}[a-z0-9])?$/);
    const labelValue = fc.stringMatching(/^([A-Za-z0-9]([-A-Za-z0-9_.]{0,20}[A-Za-z0-9])?)?$/);
    fc.assert(
      fc.property(fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 5 }), (labels) => {
        const m = build('Job', { jobSpec: { manualSelector: true, selector: { matchLabels: labels }, template: { metadata: { labels } } } });
        expect(runRule(selectorMatchesTemplate, m)).toEqual([]);
      }),
    );
  });
});
