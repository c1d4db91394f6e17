/**
 * How the schema's findings (the manifest as written) and the rules' (the pod spec the server
 * validates) are merged, case by case as the oracle judged them (`oracle/bin/k8s-oracle-1.XX`,
 * 2026-12-02): a field the decoder cannot read is the schema's to report; the schema's
 * validation findings move with the image volumes the server drops (ImageVolume off on 1.31-1.34).
 */
import { describe, expect, it } from 'vitest';
import { lintManifest } from '../../lib/lint';

type Json = Record<string, unknown>;

function job(pod: Json, container: Json = {}, spec: Json = {}): Json {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'x' },
    spec: { ...spec, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'busybox:1.36', ...container }], ...pod } } },
  };
}

const errors = (manifest: Json, version: string) =>
  lintManifest(manifest, { kubernetesVersion: version })
    .filter((v) => v.severity === 'error')
    .map((v) => `${v.rule} ${v.path}: ${v.message}`)
    .sort();

const P = 'spec.template.spec';
const image = { reference: 'registry.k8s.io/pause:3.9' };

describe('a field the decoder cannot read', () => {
  it('is the schema finding, not a rule finding at the same field', () => {
    // oracle 1.31 and 1.35: "cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container"
    expect(errors(job({ containers: { name: 'main', image: 'busybox:1.36' } }), '1.35')).toEqual([`schema ${P}.containers: Invalid value: expected list, found object`]);
    // oracle 1.36: "cannot unmarshal number -2147483649 into Go struct field JobSpec.spec.parallelism of type int32"
    expect(errors(job({}, {}, { parallelism: -2147483649 }), '1.36')).toEqual([
      'schema spec.parallelism: Invalid value: -2147483649: expected integer (int32): must be greater than or equal to -2147483648',
    ]);
  });

  it('leaves a rule error at another field in place', () => {
    expect(errors(job({}, {}, { parallelism: 2147483648, completions: -1 }), '1.36')).toEqual([
      'job-non-negative-fields spec.completions: Invalid value: -1: must be greater than or equal to 0',
      'schema spec.parallelism: Invalid value: 2147483648: expected integer (int32): must be less than or equal to 2147483647',
    ]);
  });

  it('keeps the rule finding where the schema only reports a validation error (server words)', () => {
    const found = errors(job({ restartPolicy: 'Sometimes' }), '1.36');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^job-restart-policy spec\.template\.spec\.restartPolicy: Unsupported value: "Sometimes"/);
  });
});

describe('validation findings of the schema after dropImageVolumes', () => {
  const unnamedAfterImage = job({ volumes: [{ name: 'art', image }, { emptyDir: {} }] });
  const mountAfterImage = job({ volumes: [{ name: 'art', image }, { name: 'scratch', emptyDir: {} }] }, { volumeMounts: [{ name: 'art', mountPath: '/a' }, { name: 'scratch' }] });

  it('name the volume at the index the server validates, once', () => {
    // oracle 1.31: volumes[0].name Required (the image volume is dropped); 1.35: volumes[1].name
    expect(errors(unnamedAfterImage, '1.31')).toEqual([`volume-names ${P}.volumes[0].name: Required value`]);
    expect(errors(unnamedAfterImage, '1.35')).toEqual([`volume-names ${P}.volumes[1].name: Required value`]);
  });

  it('name the mount at the index the server validates, once', () => {
    // oracle 1.31: volumeMounts[0].mountPath Required (the image volume's mount is dropped); 1.35: volumeMounts[1]
    expect(errors(mountAfterImage, '1.31')).toEqual([`container-volume-mounts ${P}.containers[0].volumeMounts[0].mountPath: Required value`]);
    expect(errors(mountAfterImage, '1.35')).toEqual([`container-volume-mounts ${P}.containers[0].volumeMounts[1].mountPath: Required value`]);
  });

  it('are not reported inside a volume or mount the server drops', () => {
    // oracle 1.31 accepts both; 1.35 refuses the pull policy and the propagation (Unsupported value)
    const badPull = job({ volumes: [{ name: 'art', image: { ...image, pullPolicy: 'Sometimes' } }] });
    const badPropagation = job({ volumes: [{ name: 'art', image }] }, { volumeMounts: [{ name: 'art', mountPath: '/a', mountPropagation: 'Sideways' }] });
    expect(errors(badPull, '1.31')).toEqual([]);
    expect(errors(badPropagation, '1.31')).toEqual([]);
    expect(errors(badPull, '1.35')).toEqual([`volume-image ${P}.volumes[0].image.pullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"`]);
    expect(errors(badPropagation, '1.35')).toHaveLength(1);
  });

  it('of a field the decoder refuses still name the index as written', () => {
    // Decoding comes before the drop: strict decoding names the field where it is written.
    const unknown = job({ volumes: [{ name: 'art', image }, { name: 'scratch', emptyDir: {}, colour: 'blue' }] });
    expect(errors(unknown, '1.31')).toEqual([`schema ${P}.volumes[1].colour: Forbidden: unknown field`]);
  });
});
