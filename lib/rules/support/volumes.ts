import { asArray, asObject } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
import type { PathSegment } from '../../manifest/field-path';
import type { KubernetesVersion } from '../../versions';
import { visitedContainers } from './containers';
import { fieldExistsIn, gateOnAt } from './gates';
import { goString, objectsOf } from './values';

/**
 * The volume sources of core `VolumeSource`, in the order `validateVolumeSource` visits them
 * (kubernetes `pkg/apis/core/validation/validation.go`). Only the first source that is set is
 * validated; each later one is `Forbidden: may not specify more than 1 volume type`.
 */
export const VOLUME_SOURCE_KEYS = [
  'emptyDir',
  'hostPath',
  'gitRepo',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'secret',
  'nfs',
  'iscsi',
  'glusterfs',
  'flocker',
  'persistentVolumeClaim',
  'rbd',
  'cinder',
  'cephfs',
  'quobyte',
  'downwardAPI',
  'fc',
  'flexVolume',
  'configMap',
  'azureFile',
  'vsphereVolume',
  'photonPersistentDisk',
  'portworxVolume',
  'azureDisk',
  'storageos',
  'projected',
  'scaleIO',
  'csi',
  'ephemeral',
  'image',
] as const;

/** A key of {@link VOLUME_SOURCE_KEYS}. */
export type VolumeSourceKey = (typeof VOLUME_SOURCE_KEYS)[number];

/**
 * Where the server reports a source's own errors when that differs from its JSON name (the Go
 * code passes `fldPath.Child("persistentDisk")` to the GCE validator, and `cephfs`, not `cephFS`).
 */
const VALIDATION_SEGMENT: Partial<Record<VolumeSourceKey, string>> = { gcePersistentDisk: 'persistentDisk' };

/** Where the server reports "more than 1 volume type" for a source (sic: `downwarAPI`, `cephFS`). */
const FORBIDDEN_SEGMENT: Partial<Record<VolumeSourceKey, string>> = { downwardAPI: 'downwarAPI', cephfs: 'cephFS' };

/** The path segment the server's validator of this source reports under. */
export function validationSegment(key: VolumeSourceKey): string {
  return VALIDATION_SEGMENT[key] ?? key;
}

/** The path segment of the "more than 1 volume type" error of this source. */
export function forbiddenSegment(key: VolumeSourceKey): string {
  return FORBIDDEN_SEGMENT[key] ?? key;
}

/** One volume of the pod template as the server validates it on the target version. */
export interface TemplateVolume {
  readonly volume: Record<string, unknown>;
  /** Its position in the list the server validates: image volumes dropped before it do not count. */
  readonly index: number;
  /** The sources that are set (present and not null), in validation order. */
  readonly sources: readonly VolumeSourceKey[];
  /** The source that is validated: the first set, or `emptyDir` (the default) when none is. */
  readonly validated: VolumeSourceKey;
  /** Path of a field of this volume: `at('configMap', 'name')`. */
  readonly at: (...segments: PathSegment[]) => string;
}

/** Each source key's position in {@link VOLUME_SOURCE_KEYS}. */
const SOURCE_ORDER: ReadonlyMap<string, number> = new Map(VOLUME_SOURCE_KEYS.map((k, i) => [k, i]));

/**
 * The sources a volume sets as Go sees them (present, not null; other types are the schema's), in
 * validation order. Walks the volume's own keys (usually two), not the whole source list.
 */
function setSources(volume: Record<string, unknown>, imageField: boolean): VolumeSourceKey[] {
  const found: VolumeSourceKey[] = [];
  for (const key of Object.keys(volume)) {
    if (!SOURCE_ORDER.has(key) || (key === 'image' && !imageField) || asObject(volume[key]) === undefined) continue;
    found.push(key as VolumeSourceKey);
  }
  return found.length > 1 ? found.sort((a, b) => (SOURCE_ORDER.get(a) ?? 0) - (SOURCE_ORDER.get(b) ?? 0)) : found;
}

/**
 * The template's volumes as the API server sees them on create: `image` ignored before it exists,
 * volumes with an `image` source removed while the ImageVolume gate is off (`dropImageVolumes` in
 * `pkg/api/pod/util.go`), so the later volumes move up and are reported at their new index.
 * Non-object entries are skipped (the schema reports them) but keep their place. A volume
 * without any source is defaulted to `emptyDir: {}` (`SetDefaults_Volume`), so it validates.
 */
export function templateVolumes(view: JobView): TemplateVolume[] {
  const list = asArray(view.podSpec.volumes);
  if (!list || list.length === 0) return [];
  return volumesOf(list, view.version, (...segments) => view.at('template', 'spec', 'volumes', ...segments));
}

/** {@link templateVolumes} for any volume list and base path (tests, other templates). */
export function volumesOf(
  list: readonly unknown[],
  version: KubernetesVersion,
  pathOf: (...segments: PathSegment[]) => string,
): TemplateVolume[] {
  const imageField = fieldExistsIn(version, 'imageVolume');
  const imageGate = gateOnAt(version, 'imageVolume');
  const out: TemplateVolume[] = [];
  let dropped = 0;
  for (const { item, index: listed } of objectsOf(list)) {
    const sources = setSources(item, imageField);
    if (sources.includes('image') && !imageGate) {
      dropped++;
      continue;
    }
    const validated: VolumeSourceKey = sources.length > 0 ? sources[0] : 'emptyDir';
    const index = listed - dropped;
    out.push({ volume: item, index, sources, validated, at: (...segments) => pathOf(index, ...segments) });
  }
  return out;
}

/**
 * The names of the template's image volumes that the server drops on create (ImageVolume off):
 * `dropImageVolumes` removes the containers' volumeMounts of these names too.
 */
export function droppedImageVolumeNames(view: JobView): Set<string> {
  const names = new Set<string>();
  for (const { item } of droppedImageVolumes(view)) names.add(goString(item.name) ?? '');
  return names;
}

/** The image volumes `dropImageVolumes` removes (ImageVolume off), with their index as written. */
function droppedImageVolumes(view: JobView): Array<{ item: Record<string, unknown>; index: number }> {
  if (!fieldExistsIn(view.version, 'imageVolume') || gateOnAt(view.version, 'imageVolume')) return [];
  return objectsOf(view.podSpec.volumes).filter(({ item }) => setSources(item, true).includes('image'));
}

/** Maps a field path of the manifest as written to the same field in the pod spec the server validates. */
export type ValidatedPathOf = (path: string) => string | undefined;

/**
 * Where a field of the manifest as written sits once `dropImageVolumes` has run (ImageVolume
 * off): the volumes after a dropped one, and the mounts after a dropped mount (init, regular and
 * ephemeral containers alike), move up the list. The function gives the path at the new index,
 * `undefined` for a path inside a dropped volume or mount, and any other path unchanged. It is
 * `undefined` itself when the server drops nothing. Findings about the manifest as written (the
 * schema's) are moved with it so they name what the server names, and match the rules' findings.
 */
export function imageVolumeDropPaths(view: JobView): ValidatedPathOf | undefined {
  const volumes = droppedImageVolumes(view);
  if (volumes.length === 0) return undefined;
  const names = new Set(volumes.map(({ item }) => goString(item.name) ?? ''));
  const lists: Array<{ prefix: string; dropped: readonly number[] }> = [{ prefix: `${view.at('template', 'spec', 'volumes')}[`, dropped: volumes.map((v) => v.index) }];
  for (const c of visitedContainers(view)) {
    const dropped: number[] = [];
    (asArray(c.container.volumeMounts) ?? []).forEach((m, j) => {
      if (names.has(goString(asObject(m)?.name) ?? '')) dropped.push(j);
    });
    if (dropped.length > 0) lists.push({ prefix: `${c.path('volumeMounts')}[`, dropped });
  }
  return (path) => {
    for (const { prefix, dropped } of lists) {
      if (!path.startsWith(prefix)) continue;
      const close = path.indexOf(']', prefix.length);
      const index = close < 0 ? NaN : Number(path.slice(prefix.length, close));
      if (!Number.isInteger(index)) return path;
      if (dropped.includes(index)) return undefined;
      return `${prefix}${index - dropped.filter((d) => d < index).length}${path.slice(close)}`;
    }
    return path;
  };
}

/** The validated source object of a volume when it is `key`, else `undefined`. */
export function sourceOf(v: TemplateVolume, key: VolumeSourceKey): Record<string, unknown> | undefined {
  return v.validated === key ? asObject(v.volume[key]) ?? {} : undefined;
}
