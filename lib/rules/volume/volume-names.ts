import type { JobView } from '../../manifest/job-view';
import type { KubernetesVersion } from '../../versions';
import { duplicate, invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { dns1123LabelErrors } from '../support/names';
import { placeholderHint } from '../support/placeholders';
import { VOLUME_DOCS } from '../support/volume-docs';
import { templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';
import { configMapVolumeErrors } from './volume-config-map';
import { csiVolumeErrors } from './volume-csi';
import { downwardAPIVolumeErrors } from './volume-downward-api';
import { emptyDirVolumeErrors } from './volume-empty-dir';
import { ephemeralVolumeErrors } from './volume-ephemeral';
import { hostPathVolumeErrors } from './volume-host-path';
import { imageVolumeErrors } from './volume-image';
import { inTreeVolumeErrors } from './volume-in-tree-sources';
import { nfsVolumeErrors } from './volume-nfs';
import { persistentVolumeClaimVolumeErrors } from './volume-persistent-volume-claim';
import { projectedVolumeErrors } from './volume-projected';
import { secretVolumeErrors } from './volume-secret';
import { sourceCountErrors } from './volume-source-count';

/** Every per-volume check of `validateVolumeSource`: a volume with findings does not claim its name. */
const SOURCE_CHECKS: ReadonlyArray<(v: TemplateVolume, version: KubernetesVersion) => Finding[]> = [
  sourceCountErrors,
  emptyDirVolumeErrors,
  hostPathVolumeErrors,
  secretVolumeErrors,
  nfsVolumeErrors,
  persistentVolumeClaimVolumeErrors,
  downwardAPIVolumeErrors,
  configMapVolumeErrors,
  projectedVolumeErrors,
  csiVolumeErrors,
  ephemeralVolumeErrors,
  imageVolumeErrors,
  inTreeVolumeErrors,
];

function nameErrors(v: TemplateVolume, name: string): Finding[] {
  if (name === '') return [required(v.at('name'))];
  const hint = placeholderHint(name);
  return dns1123LabelErrors(name).map((msg) => invalid(v.at('name'), name, msg, hint ? { hint } : {}));
}

/**
 * The volumes `ValidateVolumes` keeps in its map, by name: each one passed all its checks and
 * took a name no earlier accepted volume had. Containers' volumeMounts resolve against these
 * only (a mount of a volume with errors is `Not found`); image volumes dropped on create are
 * not among them (see `templateVolumes`).
 */
export function acceptedVolumes(view: JobView): Map<string, TemplateVolume> {
  const accepted = new Map<string, TemplateVolume>();
  for (const v of templateVolumes(view)) {
    const name = goString(v.volume.name);
    if (name === undefined || accepted.has(name) || nameErrors(v, name).length > 0) continue;
    if (SOURCE_CHECKS.every((check) => check(v, view.version).length === 0)) accepted.set(name, v);
  }
  return accepted;
}

/**
 * `ValidateVolumes`: a name that is a DNS-1123 label, unique among the volumes. As on the server,
 * a name is only taken by a volume that passed all its checks, so a duplicate of a broken volume
 * is not reported twice.
 */
export const volumeNames = defineRule({
  id: 'volume-names',
  severity: 'error',
  summary: 'volume names must be unique DNS-1123 labels',
  docs: VOLUME_DOCS.volumes,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.ValidateVolumes'],
  hint: "use lower case letters, digits and '-' (at most 63), a different name for each volume, and the same name in the containers' volumeMounts",
  check(view) {
    const out: Finding[] = [];
    const volumes = templateVolumes(view);
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const v of volumes) {
      const name = goString(v.volume.name);
      if (name === undefined) continue;
      if (seen.has(name)) repeated.add(name);
      seen.add(name);
    }
    const taken = new Set<string>();
    for (const v of volumes) {
      const name = goString(v.volume.name);
      if (name === undefined) continue;
      const own = nameErrors(v, name);
      out.push(...own);
      if (taken.has(name)) out.push(duplicate(v.at('name'), name));
      // Only a repeated name needs to know whether its first volume passed all its checks.
      else if (repeated.has(name) && own.length === 0 && SOURCE_CHECKS.every((check) => check(v, view.version).length === 0)) taken.add(name);
    }
    return out;
  },
});
