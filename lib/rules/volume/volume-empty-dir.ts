import { parseQuantity } from '../../k8s/quantity';
import type { KubernetesVersion } from '../../versions';
import { forbidden, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';

/** `validateVolumeSource`'s emptyDir check: a `sizeLimit` may not be negative (`medium` is free text). */
export function emptyDirVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'emptyDir');
  const limit = src?.sizeLimit;
  if (typeof limit !== 'string' && typeof limit !== 'number') return [];
  const q = parseQuantity(limit);
  // An unparseable quantity is a decoding error (the schema's).
  if (!q.ok || q.quantity.sign >= 0) return [];
  return [forbidden(v.at('emptyDir', 'sizeLimit'), 'SizeLimit field must be a valid resource quantity')];
}

export const volumeEmptyDir = defineRule({
  id: 'volume-empty-dir',
  severity: 'error',
  summary: 'an emptyDir sizeLimit may not be negative',
  docs: VOLUME_DOCS.emptyDir,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateVolumeSource'],
  hint: 'use a positive quantity such as sizeLimit: 1Gi, or leave sizeLimit out for no limit',
  check: (view) => templateVolumes(view).flatMap((v) => emptyDirVolumeErrors(v, view.version)),
});
