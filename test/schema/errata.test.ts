import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lintManifest } from '../../lib/lint';
import { REQUIRED_ERRATA, erratumApplies } from '../../scripts/schema/errata';
import { loadSchema } from '../../lib/schema/schema-files';
import type { SchemaNode } from '../../lib/schema/schema-walk';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { job, lines } from './helpers';

const DOCS_EXAMPLE = parse(readFileSync(join(__dirname, 'fixtures', 'pod-failure-policy-example.yaml'), 'utf8'));
const CONTAINER = 'spec.template.spec.containers[0]';

describe('upstream errata', () => {
  it.each(KUBERNETES_VERSIONS)("accepts the docs' pod failure policy example on %s", (version) => {
    expect(lines(DOCS_EXAMPLE, version)).toEqual([]);
  });

  describe('PodFailurePolicyRule.onPodConditions is not required (1.28 definitions say it is)', () => {
    const rule = (r: Record<string, unknown>) =>
      job((d) => (d.spec.podFailurePolicy = { rules: [{ action: 'FailJob', ...r }] }));

    it('accepts a rule with only onExitCodes on 1.28', () => {
      expect(lines(rule({ onExitCodes: { operator: 'In', values: [42] } }), '1.28')).toEqual([]);
    });

    it('fails when onPodConditions is given as an object instead of a list', () => {
      expect(lines(rule({ onPodConditions: { type: 'DisruptionTarget' } }), '1.28')).toEqual([
        'spec.podFailurePolicy.rules[0].onPodConditions: Invalid value: expected list, found object [schema]',
      ]);
    });
  });

  describe('onPodConditions[].status is not required (1.28-1.34 definitions say it is; the server defaults it to "True")', () => {
    const pattern = (p: Record<string, unknown>) =>
      job((d) => (d.spec.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [p] }] }));

    it.each(['1.28', '1.34', '1.35'])('accepts a pattern without status on %s', (version) => {
      expect(lines(pattern({ type: 'DisruptionTarget' }), version)).toEqual([]);
    });

    it('fails when the condition type is missing', () => {
      expect(lines(pattern({ status: 'True' }), '1.28')).toEqual([
        'spec.podFailurePolicy.rules[0].onPodConditions[0].type: Required value [schema]',
      ]);
    });
  });

  describe('HTTPHeader.value is not required (the server checks only the name)', () => {
    const probe = (header: Record<string, unknown>) =>
      job((d) => (d.spec.template.spec.containers[0].readinessProbe = { httpGet: { port: 80, httpHeaders: [header] } }));

    it('accepts a header without value', () => {
      expect(lines(probe({ name: 'X-Probe' }))).toEqual([]);
    });

    it('fails when the header has no name', () => {
      expect(lines(probe({ value: 'x' }))).toEqual([`${CONTAINER}.readinessProbe.httpGet.httpHeaders[0].name: Required value [schema]`]);
    });
  });

  describe('Sysctl.value is not required (the server checks only the name)', () => {
    const sysctl = (s: Record<string, unknown>) => job((d) => (d.spec.template.spec.securityContext = { sysctls: [s] }));

    it('accepts a sysctl without value', () => {
      expect(lines(sysctl({ name: 'net.core.somaxconn' }))).toEqual([]);
    });

    it('fails when the sysctl has no name', () => {
      expect(lines(sysctl({ value: '1024' }))).toEqual(['spec.template.spec.securityContext.sysctls[0].name: Required value [schema]']);
    });
  });

  describe('ISCSIVolumeSource.lun is not required (0 is a valid LUN)', () => {
    const iscsi = (v: Record<string, unknown>) => job((d) => (d.spec.template.spec.volumes = [{ name: 'data', iscsi: v }]));

    it('accepts an iSCSI volume without lun', () => {
      expect(lines(iscsi({ targetPortal: '10.0.0.1:3260', iqn: 'iqn.2001-04.com.example:storage' }))).toEqual([]);
    });

    it('fails when lun is outside int32', () => {
      expect(lines(iscsi({ targetPortal: '10.0.0.1:3260', iqn: 'iqn.x', lun: 2 ** 31 }))).toEqual([
        'spec.template.spec.volumes[0].iscsi.lun: Invalid value: 2147483648: expected integer (int32): must be less than or equal to 2147483647 [schema]',
      ]);
    });
  });

  describe('PodResourceClaim.name is not required by the schema (dropped before 1.34, pod-resource-claims after)', () => {
    const claims = (c: Record<string, unknown>) => job((d) => (d.spec.template.spec.resourceClaims = [c]));
    const errorPaths = (manifest: unknown, kubernetesVersion: string) =>
      lintManifest(manifest, { kubernetesVersion }).filter((v) => v.severity === 'error').map((v) => `${v.path} [${v.rule}]`);

    it('accepts a claim without a name while DynamicResourceAllocation is off (1.31–1.33)', () => {
      for (const version of ['1.31', '1.33']) expect(errorPaths(claims({ resourceClaimName: 'a' }), version)).toEqual([]);
    });

    it('refuses it from 1.34, once, at the claim name', () => {
      expect(errorPaths(claims({ resourceClaimName: 'a' }), '1.34')).toEqual(['spec.template.spec.resourceClaims[0].name [pod-resource-claims]']);
    });
  });

  describe('volume fields the server reports at another path (the volume rules report them there)', () => {
    const withVolume = (volume: Record<string, unknown>) => job((d) => (d.spec.template.spec.volumes = [{ name: 'v', ...volume }]));
    const VOL = 'spec.template.spec.volumes[0]';
    const errorPaths = (manifest: unknown, kubernetesVersion = '1.28') =>
      lintManifest(manifest, { kubernetesVersion }).filter((v) => v.severity === 'error').map((v) => `${v.path} [${v.rule}]`);

    it.each([
      ['a downwardAPI item without path', { downwardAPI: { items: [{ fieldRef: { fieldPath: 'metadata.name' } }] } }, `${VOL}.downwardAPI.path [volume-downward-api]`],
      ['a GCE disk without pdName', { gcePersistentDisk: {} }, `${VOL}.persistentDisk.pdName [volume-in-tree-sources]`],
      ['a token projection without path', { projected: { sources: [{ serviceAccountToken: {} }] } }, `${VOL}.projected.path [volume-projected]`],
    ])('%s: only the server\'s path', (_, volume, expected) => {
      for (const version of ['1.28', '1.36']) expect(errorPaths(withVolume(volume), version)).toEqual([expected]);
    });

    it('an ephemeral claim template without spec: its access modes and storage request', () => {
      expect(errorPaths(withVolume({ ephemeral: { volumeClaimTemplate: {} } }))).toEqual([
        `${VOL}.ephemeral.volumeClaimTemplate.spec.accessModes [volume-ephemeral]`,
        `${VOL}.ephemeral.volumeClaimTemplate.spec.resources[storage] [volume-ephemeral]`,
      ]);
    });

    it('accepts a scaleIO volume without secretRef', () => {
      expect(errorPaths(withVolume({ scaleIO: { gateway: 'https://gw', system: 's', volumeName: 'v' } }))).toEqual([]);
    });

    it.each(['1.29', '1.36'])('accepts a clusterTrustBundle source without path on %s (dropped while its gate is off)', (version) => {
      expect(errorPaths(withVolume({ projected: { sources: [{ clusterTrustBundle: { signerName: 'example.com/s' } }] } }), version)).toEqual([]);
    });

    it.each(['1.34', '1.36'])('accepts a podCertificate source without signerName or keyType on %s (dropped while its gate is off)', (version) => {
      expect(errorPaths(withVolume({ projected: { sources: [{ podCertificate: { credentialBundlePath: 'c.pem' } }] } }), version)).toEqual([]);
    });

    it('still fails when a configMap item has no key (the server reports the same path)', () => {
      expect(errorPaths(withVolume({ configMap: { name: 'c', items: [{ path: 'p' }] } }))).toEqual([`${VOL}.configMap.items[0].key [volume-config-map]`]);
    });
  });

  describe('JobCondition type/status are not required (status is cleared on create)', () => {
    it('accepts a status copied from `kubectl get -o yaml` with partial conditions', () => {
      expect(lines(job((d) => (d.status = { conditions: [{ reason: 'Suspended' }] })))).toEqual([]);
    });

    it('fails when a status condition has an unknown field (the strict decoder still sees it)', () => {
      expect(lines(job((d) => (d.status = { conditions: [{ typ: 'Complete' }] })))).toEqual([
        'status.conditions[0].typ: Forbidden: unknown field [schema]',
      ]);
    });
  });

  it.each(KUBERNETES_VERSIONS)('every erratum for %s is applied in the generated schemas', (version) => {
    for (const kind of ['Job', 'CronJob'] as const) {
      const defs = (loadSchema(version, kind) as SchemaNode).definitions as Record<string, SchemaNode>;
      for (const e of REQUIRED_ERRATA.filter((x) => erratumApplies(x, version))) {
        const def = defs[e.definition];
        if (def) expect((def.required as string[] | undefined) ?? [], `${e.definition}.${e.property}`).not.toContain(e.property);
      }
    }
  });
});
