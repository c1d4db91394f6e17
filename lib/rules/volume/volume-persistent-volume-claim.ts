import type { KubernetesVersion } from '../../versions';
import { required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';

/**
 * `validatePersistentClaimVolumeSource`: a claimName. (The server's check that a claim is not one
 * of the pod's own ephemeral PVCs needs the pod's name, which a template does not have.)
 */
export function persistentVolumeClaimVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'persistentVolumeClaim');
  return src && goString(src.claimName) === '' ? [required(v.at('persistentVolumeClaim', 'claimName'))] : [];
}

export const volumePersistentVolumeClaim = defineRule({
  id: 'volume-persistent-volume-claim',
  severity: 'error',
  summary: 'a persistentVolumeClaim volume needs a claimName',
  docs: VOLUME_DOCS.persistentVolumeClaim,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validatePersistentClaimVolumeSource'],
  hint: 'set persistentVolumeClaim.claimName to the name of a PVC in the Job namespace',
  check: (view) => templateVolumes(view).flatMap((v) => persistentVolumeClaimVolumeErrors(v, view.version)),
});
