/**
 * Property tests for the volume rules: random garbage anywhere inside volumes of every source
 * never makes a rule throw, on any version; and the file-mode range is exactly 0..0777.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintManifest } from '../../../lib/lint';
import { VOLUME_RULES } from '../../../lib/rules/volume';
import { volumeConfigMap } from '../../../lib/rules/volume/volume-config-map';
import { KUBERNETES_VERSIONS } from '../../../lib/versions';
import { build, runRule } from '../rule-cases';

type Json = Record<string, unknown>;

/** One volume of every source, each with the fields its validator reads. */
function everySource(): Json[] {
  return [
    { name: 'a', configMap: { name: 'c', defaultMode: 420, items: [{ key: 'k', path: 'p', mode: 256 }] } },
    { name: 'b', secret: { secretName: 's', items: [{ key: 'k', path: 'p' }] } },
    { name: 'c', downwardAPI: { items: [{ path: 'n', fieldRef: { fieldPath: "metadata.labels['app']" } }, { path: 'c', resourceFieldRef: { containerName: 'pi', resource: 'limits.cpu' } }] } },
    { name: 'd', projected: { sources: [{ secret: { name: 's', items: [{ key: 'k', path: 'x' }] } }, { serviceAccountToken: { path: 't', expirationSeconds: 3600 } }, { downwardAPI: { items: [{ path: 'l', fieldRef: { fieldPath: 'metadata.name' } }] } }] } },
    { name: 'e', emptyDir: { sizeLimit: '1Gi' } },
    { name: 'f', hostPath: { path: '/var/log', type: 'Directory' } },
    { name: 'g', persistentVolumeClaim: { claimName: 'pvc' } },
    { name: 'h', ephemeral: { volumeClaimTemplate: { metadata: { labels: { a: 'b' } }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, selector: { matchLabels: { a: 'b' } }, dataSource: { kind: 'PersistentVolumeClaim', name: 'x' } } } } },
    { name: 'i', csi: { driver: 'd.example.com', nodePublishSecretRef: { name: 's' } } },
    { name: 'j', nfs: { server: 's', path: '/x' } },
    { name: 'k', image: { reference: 'r', pullPolicy: 'Always' } },
    { name: 'l', iscsi: { targetPortal: 'p', iqn: 'iqn.2001-04.com.example:s', initiatorName: 'iqn.2001-04.com.example:i', secretRef: { name: 'x' } } },
    { name: 'm', quobyte: { registry: 'a:1', volume: 'v' } },
    { name: 'n', azureDisk: { diskName: 'd', diskURI: '/subscriptions/s/disks/d', kind: 'Managed' } },
    { name: 'o', fc: { targetWWNs: ['a'], lun: 1 } },
    { name: 'p', flexVolume: { driver: 'd', options: { 'a/b': 'c' } } },
    { name: 'q', storageos: { volumeName: 'v', secretRef: { name: 's' } } },
    { name: 'r', flocker: { datasetName: 'd' } },
    { name: 's', rbd: { monitors: ['m'], image: 'i' } },
  ];
}

/** Every object or array inside a JSON value. */
function nodes(value: unknown, out: unknown[] = []): unknown[] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value);
  for (const v of Object.values(value)) nodes(v, out);
  return out;
}

const garbage = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(null, '', -1, 0, 512, 2 ** 32 + 1, 1e308, 0.5, true, [], {}, '..', '/abs', '../x', "metadata.labels['", '-1Gi'),
  fc.string({ maxLength: 80 }),
);

describe('volume rules never throw', () => {
  it('on random garbage inside volumes of every source', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), garbage, fc.boolean()), { minLength: 1, maxLength: 5 }), (mutations) => {
        const volumes = everySource();
        for (const [at, keyPick, value, replace] of mutations) {
          const all = nodes(volumes) as Array<Record<string, unknown>>;
          const target = all[at % all.length];
          const keys = Object.keys(target);
          const key = keys.length > 0 && replace ? keys[keyPick % keys.length] : `x${keyPick % 3}`;
          target[key] = structuredClone(value);
        }
        const manifest = build('Job', { podSpec: { volumes } });
        for (const version of KUBERNETES_VERSIONS) {
          for (const rule of VOLUME_RULES) expect(() => runRule(rule, manifest, version)).not.toThrow();
          expect(() => lintManifest(manifest, { kubernetesVersion: version })).not.toThrow();
        }
      }),
      { numRuns: 80 },
    );
  });

  it('accepts the volumes of every source as written', () => {
    const manifest = build('Job', { podSpec: { volumes: everySource().filter((v) => !('image' in v)) } });
    for (const version of KUBERNETES_VERSIONS) for (const rule of VOLUME_RULES) expect(runRule(rule, manifest, version)).toEqual([]);
  });
});

describe('file modes', () => {
  it('refuses exactly the modes outside 0..0777', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (defaultMode) => {
        const found = runRule(volumeConfigMap, build('Job', { podSpec: { volumes: [{ name: 'a', configMap: { name: 'c', defaultMode } }] } }));
        expect(found.length === 1).toBe(defaultMode < 0 || defaultMode > 0o777);
      }),
    );
  });
});
