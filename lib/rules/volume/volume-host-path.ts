import type { KubernetesVersion } from '../../versions';
import { required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { VOLUME_DOCS } from '../support/volume-docs';
import { noBackstepsErrors } from '../support/volume-files';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';

/** `supportedHostPathTypes`, sorted as `sets.List` prints them ("" is the default, no check). */
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];

/** `validateHostPathVolumeSource`: a path without `..` elements and a known `type`. */
export function hostPathVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'hostPath');
  if (!src) return [];
  const path = goString(src.path);
  if (path === '') return [required(v.at('hostPath', 'path'))];
  if (path === undefined) return [];
  const out = noBackstepsErrors(path, v.at('hostPath', 'path'));
  const type = goString(src.type);
  if (type !== undefined && !HOST_PATH_TYPES.includes(type)) out.push(unsupported(v.at('hostPath', 'type'), type, HOST_PATH_TYPES));
  return out;
}

export const volumeHostPath = defineRule({
  id: 'volume-host-path',
  severity: 'error',
  summary: "a hostPath volume needs a path without '..' and a type the kubelet knows",
  docs: VOLUME_DOCS.hostPath,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateHostPathVolumeSource'],
  hint: 'use an absolute node path without .. and type Directory, DirectoryOrCreate, File, FileOrCreate, Socket, CharDevice or BlockDevice (case-sensitive), or leave type out',
  check: (view) => templateVolumes(view).flatMap((v) => hostPathVolumeErrors(v, view.version)),
});
