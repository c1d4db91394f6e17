import type { KubernetesVersion } from '../../versions';
import { required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { fileModeErrors, itemsOf, keyToPathErrors } from '../support/volume-files';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';

/** `validateConfigMapVolumeSource`: a name, `defaultMode` in 0..0777, items with a key and a relative path. */
export function configMapVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'configMap');
  if (!src) return [];
  const out: Finding[] = [];
  if (goString(src.name) === '') out.push(required(v.at('configMap', 'name')));
  out.push(...fileModeErrors(src.defaultMode, v.at('configMap', 'defaultMode')));
  for (const { item, index } of itemsOf(src)) out.push(...keyToPathErrors(item, (f) => v.at('configMap', 'items', index, f)));
  return out;
}

export const volumeConfigMap = defineRule({
  id: 'volume-config-map',
  severity: 'error',
  summary: 'a configMap volume needs a name, a defaultMode within 0..0777 and items with a key and a relative path',
  docs: VOLUME_DOCS.configMap,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateConfigMapVolumeSource', 'core.validateKeyToPath'],
  hint: "set configMap.name; give each item a key and a relative path without '..'; write modes as octal 0644 (YAML) or decimal 420 (JSON)",
  check: (view) => templateVolumes(view).flatMap((v) => configMapVolumeErrors(v, view.version)),
});
