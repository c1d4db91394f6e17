import { goQuote } from '../../k8s/go-text';
import { asArray, asObject } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { forbidden, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers, type TemplateContainer } from '../support/containers';
import { DOCS } from '../support/docs';
import { droppedImageVolumeNames } from '../support/volumes';
import { acceptedVolumes } from '../volume/volume-names';
import { goString, objectsOf } from '../support/values';

const PROPAGATIONS: readonly string[] = ['Bidirectional', 'HostToContainer', 'None'];
const RRO: readonly string[] = ['Disabled', 'Enabled', 'IfPossible'];
/** RecursiveReadOnlyMounts: beta (on) from 1.31; before, the field is dropped. */
const RRO_SINCE = '1.31';

/** `validateLocalDescendingPath` on `subPath`/`subPathExpr`. The server names the list, not the item. */
function descendingPathErrors(value: string, at: string, out: Finding[]): void {
  if (value.startsWith('/')) out.push(invalid(at, value, 'must be a relative path'));
  if (value.split('/').includes('..')) out.push(invalid(at, value, "must not contain '..'"));
}

/**
 * A container's volumeMounts as the server validates them: `dropImageVolumes` removes the
 * mounts of the image volumes it drops (ImageVolume off), and the others move up the list.
 */
function keptMounts(c: TemplateContainer, dropped: ReadonlySet<string>): unknown[] {
  const list = asArray(c.container.volumeMounts) ?? [];
  return dropped.size === 0 ? [...list] : list.filter((m) => !dropped.has(goString(asObject(m)?.name) ?? ''));
}

const MAX_LISTED = 8;

/**
 * `Not found` for a mount or device whose name is no volume the server kept, with a hint that
 * lists the names that would resolve (in manifest and in cdk8s-plus terms).
 */
function notFound(at: string, name: string, volumes: ReadonlyMap<string, unknown>): Finding {
  const names = [...volumes.keys()];
  const listed = names.slice(0, MAX_LISTED).map(goQuote).join(', ') + (names.length > MAX_LISTED ? ', ...' : '');
  const known = names.length === 0 ? 'the pod has no valid volume' : `the pod's valid volumes are ${listed}`;
  return {
    path: at,
    type: 'Not found',
    value: name,
    hint: `${known}: name one of them, or add a volume named ${goQuote(name)} under spec.template.spec.volumes (a volume with errors of its own is not found either)`,
    constructHint: `${known}: mount a kplus.Volume with container.mount(path, volume) or volumeMounts: [{ path, volume }], so cdk8s-plus adds the volume to the pod too`,
  };
}

function checkMounts(c: TemplateContainer, mounts: readonly unknown[], volumes: Map<string, Record<string, unknown>>, rro: boolean, out: Finding[]): void {
  const listPath = (f: string) => c.path('volumeMounts', f);
  const devices = new Map<string, string>();
  for (const { item } of objectsOf(c.container.volumeDevices)) {
    const n = goString(item.name);
    const p = goString(item.devicePath);
    if (n !== undefined && p !== undefined) devices.set(n, p);
  }
  const devicePaths = new Set(devices.values());
  const mountPoints = new Set<string>();
  const privileged = asObject(c.container.securityContext)?.privileged === true;
  for (const { item: m, index } of objectsOf(mounts)) {
    const at = (f: string) => c.path('volumeMounts', index, f);
    const name = goString(m.name);
    const mountPath = goString(m.mountPath);
    if (name === undefined || mountPath === undefined) continue;
    if (name === '') out.push(required(at('name')));
    if (!volumes.has(name)) out.push(notFound(at('name'), name, volumes));
    if (mountPath === '') out.push(required(at('mountPath')));
    if (mountPoints.has(mountPath)) out.push(invalid(at('mountPath'), mountPath, 'must be unique'));
    mountPoints.add(mountPath);
    if (devices.has(name)) out.push(invalid(at('name'), name, 'must not already exist in volumeDevices'));
    if (devicePaths.has(mountPath)) out.push(invalid(at('mountPath'), mountPath, 'must not already exist as a path in volumeDevices'));
    const subPath = goString(m.subPath) ?? '';
    const subPathExpr = goString(m.subPathExpr) ?? '';
    if (subPath) descendingPathErrors(subPath, listPath('subPath'), out);
    if (subPathExpr) {
      if (subPath) out.push(invalid(at('subPathExpr'), subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      descendingPathErrors(subPathExpr, listPath('subPathExpr'), out);
    }
    const propagation = m.mountPropagation;
    if (typeof propagation === 'string') {
      if (!PROPAGATIONS.includes(propagation)) out.push(unsupported(listPath('mountPropagation'), propagation, PROPAGATIONS));
      if (propagation === 'Bidirectional' && !privileged) {
        out.push(forbidden(listPath('mountPropagation'), 'Bidirectional mount propagation is available only to privileged containers'));
      }
    }
    const recursive = m.recursiveReadOnly;
    if (rro && typeof recursive === 'string') {
      if (recursive === 'Enabled' || recursive === 'IfPossible') {
        if (m.readOnly !== true) out.push(forbidden(listPath('recursiveReadOnly'), 'may only be specified when readOnly is true'));
        if (typeof propagation === 'string' && propagation !== 'None') {
          out.push(forbidden(listPath('recursiveReadOnly'), 'may only be specified when mountPropagation is None or not specified'));
        }
      } else if (recursive !== 'Disabled') {
        out.push(unsupported(listPath('recursiveReadOnly'), recursive, RRO));
      }
    }
  }
}

function checkDevices(c: TemplateContainer, volumeMounts: readonly unknown[], volumes: Map<string, Record<string, unknown>>, out: Finding[]): void {
  const names = new Set<string>();
  const paths = new Set<string>();
  const mounts = new Map<string, string>();
  for (const { item } of objectsOf(volumeMounts)) {
    const n = goString(item.name);
    const p = goString(item.mountPath);
    if (n !== undefined && p !== undefined) mounts.set(n, p);
  }
  const mountPaths = new Set(mounts.values());
  for (const { item: d, index } of objectsOf(c.container.volumeDevices)) {
    const at = (f: string) => c.path('volumeDevices', index, f);
    const name = goString(d.name);
    const devicePath = goString(d.devicePath);
    if (name === undefined || devicePath === undefined) continue;
    const volume = volumes.get(name);
    if (name === '') out.push(required(at('name')));
    if (names.has(name)) out.push(invalid(at('name'), name, 'must be unique'));
    if (name !== '') names.add(name);
    if (volume && !volume.persistentVolumeClaim && !volume.ephemeral) {
      out.push(invalid(at('name'), name, 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode'));
    }
    if (!volume) out.push(notFound(at('name'), name, volumes));
    if (devicePath === '') out.push(required(at('devicePath')));
    if (paths.has(devicePath)) out.push(invalid(at('devicePath'), devicePath, 'must be unique'));
    if (devicePath !== '' && devicePath.split('/').includes('..')) out.push(invalid(at('devicePath'), devicePath, "can not contain backsteps ('..')"));
    else paths.add(devicePath);
    if (mounts.has(name)) out.push(invalid(at('name'), name, 'must not already exist in volumeMounts'));
    if (mountPaths.has(devicePath)) out.push(invalid(at('devicePath'), devicePath, 'must not already exist as a path in volumeMounts'));
  }
}

/**
 * core ValidateVolumeMounts and ValidateVolumeDevices: every mount and device names a volume of
 * the pod, mount paths are given and unique, subPath/subPathExpr stay inside the volume,
 * mountPropagation and recursiveReadOnly are consistent, block devices come from a PVC.
 */
export const containerVolumeMounts = defineRule({
  id: 'container-volume-mounts',
  severity: 'error',
  summary: 'volume mounts and devices name a pod volume, at unique paths',
  docs: DOCS.volumeMounts,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.volumeMounts', 'container.volumeDevices'],
  refs: ['core.ValidateVolumeMounts'],
  hint: 'name a volume listed under spec.template.spec.volumes, give each mount its own mountPath, and keep subPath a relative path that does not climb out with ../',
  check(view) {
    const out: Finding[] = [];
    const containers = allTemplateContainers(view).filter((c) => c.container.volumeMounts || c.container.volumeDevices);
    if (containers.length === 0) return out;
    // ValidateVolumes' map: a mount of a volume that has errors is Not found.
    const volumes = new Map([...acceptedVolumes(view)].map(([name, v]) => [name, v.volume]));
    const dropped = droppedImageVolumeNames(view);
    const rro = isAtLeast(view.version, RRO_SINCE);
    for (const c of containers) {
      const mounts = keptMounts(c, dropped);
      checkMounts(c, mounts, volumes, rro, out);
      checkDevices(c, mounts, volumes, out);
    }
    return out;
  },
});
