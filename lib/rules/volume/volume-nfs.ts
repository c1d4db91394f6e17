import type { KubernetesVersion } from '../../versions';
import { invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';

/** `validateNFSVolumeSource`: a server and an absolute path (an empty path gets both errors). */
export function nfsVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'nfs');
  if (!src) return [];
  const out: Finding[] = [];
  if (goString(src.server) === '') out.push(required(v.at('nfs', 'server')));
  const path = goString(src.path);
  if (path === '') out.push(required(v.at('nfs', 'path')));
  if (path !== undefined && !path.startsWith('/')) out.push(invalid(v.at('nfs', 'path'), path, 'must be an absolute path'));
  return out;
}

export const volumeNfs = defineRule({
  id: 'volume-nfs',
  severity: 'error',
  summary: 'an nfs volume needs a server and an absolute path',
  docs: VOLUME_DOCS.nfs,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateNFSVolumeSource'],
  hint: 'set nfs.server (host name or IP) and nfs.path as an absolute export path such as /exports/data',
  check: (view) => templateVolumes(view).flatMap((v) => nfsVolumeErrors(v, view.version)),
});
