import { describe, expect, it } from 'vitest';
import { lintManifest, lintYamlText, UnsupportedKubernetesVersionError, validateManifest } from '../../lib';

// The library's promise: odd input gives findings, never a raw TypeError or RangeError; the one
// thing it throws is UnsupportedKubernetesVersionError, which a caller can catch by type.
const job = (selector: unknown) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'x' },
  spec: {
    manualSelector: true,
    selector,
    template: { metadata: { labels: { a: 'b' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'a', image: 'b' }] } },
  },
});

function deep(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < levels; i++) node = (node.x = {}) as Record<string, unknown>;
  return root;
}

const cyclic = (() => {
  const labels: Record<string, unknown> = { a: 'b' };
  labels.self = labels;
  return { matchLabels: labels };
})();

const throwingGetter = {
  matchLabels: {
    get a(): string {
      throw new Error('getter exploded');
    },
  },
};

const throwingProxy = new Proxy(
  {},
  {
    ownKeys() {
      throw new TypeError('proxy trap exploded');
    },
  },
);

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

// A value whose sub-objects are shared 2^40 times over if walked naively.
const sharedBomb = (() => {
  let node: unknown = { a: 'b' };
  for (let i = 0; i < 40; i++) node = [node, node];
  return { matchLabels: { a: 'b' }, matchExpressions: node };
})();

describe('lintManifest and validateManifest never throw on odd values', () => {
  it.each([
    ['a cyclic selector', job(cyclic), 'spec.selector.matchLabels.self', /contains itself/],
    ['a 100,000-deep selector', job(deep(100_000)), /^spec\.selector(\.x)+$/, /deeper than 1000 levels/],
    ['a throwing getter', job(throwingGetter), 'spec.selector.matchLabels.a', /reading it failed: getter exploded/],
    ['a proxy whose trap throws', job(throwingProxy), 'spec.selector', /proxy trap exploded/],
    ['a revoked proxy', job(revoked), 'spec.selector', /reading it failed/],
    ['shared sub-objects that expand 2^40 times', job(sharedBomb), '', /shares sub-objects too much/],
  ])('%s is one schema finding', (_, manifest, path, message) => {
    for (const check of [lintManifest, validateManifest]) {
      const violations = check(manifest);
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject({ rule: 'schema', severity: 'error' });
      expect(violations[0].path).toMatch(path instanceof RegExp ? path : new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}$`));
      expect(violations[0].message).toMatch(message);
    }
  });

  it('keeps an own __proto__ key a key, as the YAML of the same text does', () => {
    const text = '{"apiVersion": "batch/v1", "kind": "Job", "__proto__": {"metadata": {"name": "x"}}, "spec": {"__proto__": {"suspend": true}}}';
    const violations = lintManifest(JSON.parse(text));
    expect(violations.map((v) => [v.rule, v.path])).toContainEqual(['schema', '__proto__']);
    expect(violations.map((v) => [v.rule, v.path])).toContainEqual(['metadata-name-required', 'metadata.name']);
    // The YAML report orders findings by line; the same findings either way.
    const key = ({ rule, path, message }: { rule: string; path: string; message: string }) => `${rule} ${path} ${message}`;
    expect(violations.map(key).sort()).toEqual(lintYamlText(text).results[0].violations.map(key).sort());
  });

  it('lints a value with moderately shared sub-objects as usual', () => {
    const labels = { app: 'x' };
    const manifest = job({ matchLabels: labels });
    (manifest.spec.template.metadata as { labels: unknown }).labels = labels;
    expect(lintManifest(manifest).filter((v) => v.severity === 'error')).toEqual([]);
  });

  it.each([
    ['options: null', null],
    ['options: a number', 42],
  ])('treats %s as no options', (_, options) => {
    expect(lintManifest(job({ matchLabels: { a: 'b' } }), options as never).filter((v) => v.severity === 'error')).toEqual([]);
    expect(validateManifest(job({ matchLabels: { a: 'b' } }), options as never)).toEqual([]);
  });

  it.each([
    ['a BigInt', 130n, /unsupported Kubernetes version 130n \(a BigInt\)/],
    ['a number', 1.3, /unsupported Kubernetes version 1\.3:/],
    ['a symbol', Symbol('v'), /Symbol\(v\)/],
    ['an object', { toString: () => { throw new Error('no'); } }, /an object/],
    ['a version not supported', '1.99', /"1\.99"/],
  ])('refuses %s as the version with UnsupportedKubernetesVersionError', (_, kubernetesVersion, message) => {
    for (const check of [lintManifest, validateManifest]) {
      let thrown: unknown;
      try {
        check(job({ matchLabels: { a: 'b' } }), { kubernetesVersion } as never);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(UnsupportedKubernetesVersionError);
      expect((thrown as Error).message).toMatch(message);
    }
  });

  it('refuses options whose getter throws with UnsupportedKubernetesVersionError', () => {
    const options = Object.defineProperty({}, 'kubernetesVersion', { get: () => { throw new Error('nope'); }, enumerable: true });
    expect(() => lintManifest({}, options)).toThrow(UnsupportedKubernetesVersionError);
  });
});

describe('lintYamlText never throws on odd input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', {}],
  ])('reports %s as one yaml-syntax result', (_, text) => {
    const outcome = lintYamlText(text as never);
    expect(outcome.internalErrors).toEqual([]);
    expect(outcome.results).toHaveLength(1);
    expect(outcome.results[0].violations[0]).toMatchObject({ rule: 'yaml-syntax', message: expect.stringMatching(/^expected YAML text/) });
  });

  it('decodes bytes as go-yaml does (a BOM dropped, invalid UTF-8 a finding)', () => {
    const yaml = Buffer.from('\ufeffapiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\n');
    expect(lintYamlText(yaml).results[0]).toMatchObject({ kind: 'Job', name: 'a' });
    const bad = lintYamlText(new Uint8Array([0x6b, 0x3a, 0x20, 0xff]));
    expect(bad.results[0].violations[0].message).toMatch(/invalid UTF-8/);
  });

  it('accepts options: null', () => {
    expect(lintYamlText('kind: Job\n', null as never).results).toHaveLength(1);
  });

  it('throws one UnsupportedKubernetesVersionError for an unsupported version, before reading any document', () => {
    const stream = 'apiVersion: batch/v1\nkind: Job\n---\napiVersion: batch/v1\nkind: Job\n';
    expect(() => lintYamlText(stream, { kubernetesVersion: '1.99' })).toThrow(UnsupportedKubernetesVersionError);
    expect(() => lintYamlText(stream, { kubernetesVersion: 129n as never })).toThrow(UnsupportedKubernetesVersionError);
  });
});
