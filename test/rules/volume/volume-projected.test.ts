import { describe, expect, it } from 'vitest';
import { volumeProjected } from '../../../lib/rules/volume/volume-projected';
import { build, ruleCases, runRule } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const projected = (sources: unknown[], extra: Record<string, unknown> = {}) => [{ name: 'all', projected: { sources, ...extra } }];
const token = (t: Record<string, unknown>) => ({ serviceAccountToken: { path: 'token', ...t } });

ruleCases(volumeProjected, {
  valid: [
    withVolumes('sources project a secret, a configMap, downward fields and a token', projected([
      { secret: { name: 's', items: [{ key: 'a', path: 'a' }] } },
      { configMap: { name: 'c', items: [{ key: 'b', path: 'b' }] } },
      { downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } },
      token({ audience: 'vault', expirationSeconds: 600 }),
    ])),
    withVolumes('a token uses the default expiration', projected([token({})])),
    withVolumes('a clusterTrustBundle source is dropped while its gate is off', projected([{ clusterTrustBundle: { path: '' }, secret: { name: 's' } }]), { versions: ['1.29', '1.36'] }),
    withVolumes('a podCertificate with a key and a chain (1.37)', projected([
      { podCertificate: { signerName: 'example.com/pod-signer', keyType: 'ED25519', keyPath: 'tls.key', certificateChainPath: 'tls.crt', maxExpirationSeconds: 86400, userAnnotations: { 'example.com/team': 'a' } } },
    ]), { versions: ['1.37'] }),
    withVolumes('a podCertificate is dropped while its gate is off', projected([{ podCertificate: { signerName: 'x' }, secret: { name: 's' } }]), { versions: ['1.36'] }),
    withVolumes('a clusterTrustBundle by signer name and one by name (1.37)', projected([
      { clusterTrustBundle: { signerName: 'example.com/signer', labelSelector: { matchLabels: { a: 'b' } }, path: 'ca.pem' } },
      { clusterTrustBundle: { name: 'my-bundle', path: 'b.pem' } },
    ]), { versions: ['1.37'] }),
  ],
  invalid: [
    withVolumes('a source sets both a secret and a configMap', projected([{ secret: { name: 's' }, configMap: { name: 'c' } }]), {
      errors: [vol(0, '.projected.sources[0]')],
    }),
    withVolumes('two sources project the same path', projected([
      { secret: { name: 's', items: [{ key: 'a', path: 'x' }] } },
      { configMap: { name: 'c', items: [{ key: 'b', path: 'x' }] } },
    ]), { errors: [vol(0, '.projected')] }),
    withVolumes('a clusterTrustBundle beside a secret in one source, with neither name nor signerName nor path (1.37)', projected([{ clusterTrustBundle: { path: '' }, secret: { name: 's' } }]), {
      versions: ['1.37'],
      errors: [vol(0, '.projected.sources[0].clusterTrustBundle'), vol(0, '.projected.sources[0].clusterTrustBundle.path'), vol(0, '.projected.sources[0]')],
    }),
    withVolumes('a clusterTrustBundle with both name and signerName, at a path that climbs out (1.37)', projected([{ clusterTrustBundle: { name: 'b', signerName: 'example.com/s', path: '../ca' } }]), {
      versions: ['1.37'],
      errors: [vol(0, '.projected.sources[0].clusterTrustBundle'), vol(0, '.projected.sources[0].clusterTrustBundle.path')],
    }),
    withVolumes('a podCertificate beside a configMap in one source, with no path (1.37)', projected([{ podCertificate: { signerName: 'example.com/s', keyType: 'ED25519' }, configMap: { name: 'c' } }]), {
      versions: ['1.37'],
      errors: [vol(0, '.projected.sources[0].podCertificate'), vol(0, '.projected.sources[0]')],
    }),
    withVolumes('a podCertificate with a bad signer, key type, annotation and lifetime; its user is dropped (1.37)', projected([{
      podCertificate: { signerName: 'signer', keyType: 'DSA', user: -1, userAnnotations: { owner: 'x' }, maxExpirationSeconds: 60, keyPath: 'tls.key' },
    }]), {
      versions: ['1.37'],
      errors: [
        vol(0, '.projected.sources[0].podCertificate.signerName'),
        vol(0, '.projected.sources[0].podCertificate.userAnnotations'),
        vol(0, '.projected.sources[0].podCertificate.keyType'),
        vol(0, '.projected.sources[0].podCertificate.maxExpirationSeconds'),
      ],
    }),
    withVolumes('a kubernetes.io podCertificate over a day, its key path climbing out and shared with a secret item (1.37)', projected([
      { podCertificate: { signerName: 'kubernetes.io/kube-apiserver-client-pod', keyType: 'ECDSAP256', maxExpirationSeconds: 90000, keyPath: '../k', certificateChainPath: 'tls.crt' } },
      { secret: { name: 's', items: [{ key: 'a', path: 'tls.crt' }] } },
    ]), {
      versions: ['1.37'],
      errors: [vol(0, '.projected.sources[0].podCertificate.maxExpirationSeconds'), vol(0, '.projected.sources[0].podCertificate.keyPath'), vol(0, '.projected')],
    }),
    withVolumes('a projected secret has no name', projected([{ secret: {} }]), { errors: [vol(0, '.projected.sources[0].secret.name')] }),
    withVolumes('a projected configMap item path climbs out', projected([{ configMap: { name: 'c', items: [{ key: 'k', path: '../k' }] } }]), {
      errors: [vol(0, '.projected.sources[0].configMap.items[0].path')],
    }),
    withVolumes('a projected downwardAPI item uses an env-only field', projected([{ downwardAPI: { items: [{ path: 'ip', fieldRef: { fieldPath: 'status.podIP' } }] } }]), {
      errors: [vol(0, '.projected.sources[0].downwardAPI.fieldRef.fieldPath')],
    }),
    withVolumes('a token expires in under 10 minutes', projected([token({ expirationSeconds: 599 })]), {
      errors: [vol(0, '.projected.sources[0].serviceAccountToken.expirationSeconds')],
    }),
    withVolumes('a token expires after 2^32 seconds', projected([token({ expirationSeconds: 2 ** 32 + 1 })]), {
      errors: [vol(0, '.projected.sources[0].serviceAccountToken.expirationSeconds')],
    }),
    withVolumes('a token has no path (reported at projected.path)', projected([{ serviceAccountToken: {} }]), { errors: [vol(0, '.projected.path')] }),
    withVolumes('a token path is absolute (checked from 1.30)', projected([token({ path: '/var/run/token' })]), {
      versions: ['1.30', '1.36'],
      errors: [vol(0, '.projected.path')],
    }),
    withVolumes('defaultMode is out of range', projected([], { defaultMode: 0o1777 }), { errors: [vol(0, '.projected.defaultMode')] }),
  ],
});

describe('volume-projected versions', () => {
  const twoKinds = build('Job', { podSpec: { volumes: projected([{ secret: { name: 's' }, configMap: { name: 'c' } }]) } });
  it.each([
    ['1.30', 'Forbidden: may not specify more than 1 volume type'],
    ['1.31', 'Forbidden: may not specify more than 1 volume type per source'],
  ])('words the two-kinds error for %s', (version, message) => {
    expect(runRule(volumeProjected, twoKinds, version).map((v) => v.message)).toEqual([message]);
  });

  it('accepts an absolute token path on 1.29, which does not check it', () => {
    expect(runRule(volumeProjected, build('Job', { podSpec: { volumes: projected([token({ path: '/abs' })]) } }), '1.29')).toEqual([]);
  });
});
