import type { KubernetesVersion } from '../../versions';
import { forbidden, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { forbiddenSegment, templateVolumes, type TemplateVolume } from '../support/volumes';

/**
 * `validateVolumeSource`: every source after the first is forbidden. (No source at all is not an
 * error through the API: the server defaults such a volume to `emptyDir: {}`.)
 */
export function sourceCountErrors(v: TemplateVolume, _version?: KubernetesVersion): Finding[] {
  return v.sources.slice(1).map((k) => forbidden(v.at(forbiddenSegment(k)), 'may not specify more than 1 volume type'));
}

export const volumeSourceCount = defineRule({
  id: 'volume-source-count',
  severity: 'error',
  summary: 'a volume sets exactly one source (configMap, secret, emptyDir, persistentVolumeClaim, ...)',
  docs: VOLUME_DOCS.volumes,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateVolumeSource'],
  hint: 'split the volume into one volume per source, or use a projected volume to combine secrets, configMaps and downwardAPI files',
  check: (view) => templateVolumes(view).flatMap((v) => sourceCountErrors(v)),
});
