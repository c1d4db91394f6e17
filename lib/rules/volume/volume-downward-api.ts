import type { KubernetesVersion } from '../../versions';
import type { Finding } from '../findings';
import { defineRule } from '../rule';
import { downwardAPIFileErrors } from '../support/downward-api';
import { VOLUME_DOCS } from '../support/volume-docs';
import { fileModeErrors, itemsOf } from '../support/volume-files';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';

/** `validateDownwardAPIVolumeSource`: `defaultMode` in 0..0777 and each item (reported without its index, as the server does). */
export function downwardAPIVolumeErrors(v: TemplateVolume, version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'downwardAPI');
  if (!src) return [];
  const out = fileModeErrors(src.defaultMode, v.at('downwardAPI', 'defaultMode'));
  for (const { item } of itemsOf(src)) out.push(...downwardAPIFileErrors(item, (...f) => v.at('downwardAPI', ...f), version));
  return out;
}

export const volumeDownwardApi = defineRule({
  id: 'volume-downward-api',
  severity: 'error',
  summary: 'downwardAPI volume items need a relative path and exactly one of a supported fieldRef or resourceFieldRef',
  docs: VOLUME_DOCS.downwardAPI,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateDownwardAPIVolumeSource', 'core.validateDownwardAPIVolumeFile'],
  hint: "use fieldRef.fieldPath metadata.name, metadata.namespace, metadata.uid, metadata.labels or metadata.annotations (or resourceFieldRef with containerName), and a relative path without '..'",
  check: (view) => templateVolumes(view).flatMap((v) => downwardAPIVolumeErrors(v, view.version)),
});
