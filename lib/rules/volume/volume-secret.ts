import type { KubernetesVersion } from '../../versions';
import { required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { fileModeErrors, itemsOf, keyToPathErrors } from '../support/volume-files';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';

/** `validateSecretVolumeSource`: a secretName, `defaultMode` in 0..0777, items with a key and a relative path. */
export function secretVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'secret');
  if (!src) return [];
  const out: Finding[] = [];
  if (goString(src.secretName) === '') out.push(required(v.at('secret', 'secretName')));
  out.push(...fileModeErrors(src.defaultMode, v.at('secret', 'defaultMode')));
  for (const { item, index } of itemsOf(src)) out.push(...keyToPathErrors(item, (f) => v.at('secret', 'items', index, f)));
  return out;
}

export const volumeSecret = defineRule({
  id: 'volume-secret',
  severity: 'error',
  summary: 'a secret volume needs a secretName, a defaultMode within 0..0777 and items with a key and a relative path',
  docs: VOLUME_DOCS.secret,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateSecretVolumeSource', 'core.validateKeyToPath'],
  hint: "set secret.secretName (not name); give each item a key and a relative path without '..'; write modes as octal 0644 (YAML) or decimal 420 (JSON)",
  check: (view) => templateVolumes(view).flatMap((v) => secretVolumeErrors(v, view.version)),
});
