import { asArray, asObject } from '../../manifest/access';
import { key } from '../../manifest/field-path';
import type { KubernetesVersion } from '../../versions';
import { invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { byteLength, dns1123LabelErrors } from '../support/names';
import { VOLUME_DOCS } from '../support/volume-docs';
import { localDescendingPathErrors, refName } from '../support/volume-files';
import { sourceOf, templateVolumes, validationSegment, type TemplateVolume, type VolumeSourceKey } from '../support/volumes';
import { goString } from '../support/values';

type Src = Record<string, unknown>;
type At = (...segments: Array<string | number | { key: string }>) => string;

const PARTITION_DETAIL = 'must be between 1 and 255, inclusive'; // sic: the check allows 0
const LUN_DETAIL = 'must be between 0 and 255, inclusive';

/** Required when the string field is empty (absent and null are empty to Go). */
function req(src: Src, field: string, at: At, detail?: string): Finding[] {
  return goString(src[field]) === '' ? [required(at(field), detail)] : [];
}

function outOfRange(value: unknown, lo: number, hi: number): value is number {
  return typeof value === 'number' && (value < lo || value > hi);
}

function partition(src: Src, at: At): Finding[] {
  return outOfRange(src.partition, 0, 255) ? [invalid(at('partition'), src.partition, PARTITION_DETAIL)] : [];
}

/** A referenced secret with an empty name (`secretRef.name: Required value`). */
function secretRefName(src: Src, at: At): Finding[] {
  return refName(src, 'secretRef') === '' ? [required(at('secretRef', 'name'))] : [];
}

/** Characters Go's `[^,;*&$|\s]` refuses (RE2's `\s` is ASCII whitespace only). */
const IQN_FORBIDDEN = new Set([',', ';', '*', '&', '$', '|', '\t', '\n', '\f', '\r', ' ']);
const IQN_PREFIX = /^iqn\.\d{4}-\d{2}\.$/;
const IQN_NAME_CHAR = /^[A-Za-z0-9.-]$/;

/**
 * Go's unanchored `iqn\.\d{4}-\d{2}\.[[:alnum:]-.]+:[^,;*&$|\s]+$` (MatchString), in linear
 * time: the regex backtracks quadratically in JavaScript on a long `iqn.0000-00.qqq…`. Every
 * character of a match is one `[^,;*&$|\s]` allows, so a match lies in the value's longest such
 * suffix; from each `iqn.` there, the name run must end at a `:` with something after it.
 */
export function matchesIqn(value: string): boolean {
  let start = value.length;
  while (start > 0 && !IQN_FORBIDDEN.has(value[start - 1])) start--;
  const tail = value.slice(start);
  // runEnd[i]: the index after the run of name characters that starts at i.
  const runEnd = new Array<number>(tail.length + 1);
  runEnd[tail.length] = tail.length;
  for (let i = tail.length - 1; i >= 0; i--) runEnd[i] = IQN_NAME_CHAR.test(tail[i]) ? runEnd[i + 1] : i;
  for (let p = tail.indexOf('iqn.'); p !== -1; p = tail.indexOf('iqn.', p + 1)) {
    const name = p + 12;
    if (!IQN_PREFIX.test(tail.slice(p, name)) || name >= tail.length) continue;
    const end = runEnd[name];
    if (end > name && tail[end] === ':' && end + 1 < tail.length) return true;
  }
  return false;
}
const EUI = /^eui[^\n][A-Za-z0-9]{16}$/;
const NAA = /^naa[^\n][A-Za-z0-9]{32}$/;

/** The iqn/eui/naa format check of an IQN or initiator name ('' when valid). */
function iscsiFormat(value: string): string {
  if (value.startsWith('iqn')) return matchesIqn(value) ? '' : 'must be valid format';
  if (value.startsWith('eui')) return EUI.test(value) ? '' : 'must be valid format';
  if (value.startsWith('naa')) return NAA.test(value) ? '' : 'must be valid format';
  return 'must be valid format starting with iqn, eui, or naa';
}

/** `net.SplitHostPort` succeeds (Go's rules: one colon unless the host is bracketed). */
function splitsHostPort(hp: string): boolean {
  const i = hp.lastIndexOf(':');
  if (i < 0) return false;
  let j = 0;
  let k = 0;
  if (hp.startsWith('[')) {
    const end = hp.indexOf(']');
    if (end < 0 || end + 1 !== i) return false;
    j = 1;
    k = end + 1;
  } else if (hp.slice(0, i).includes(':')) {
    return false;
  }
  return !hp.slice(j).includes('[') && !hp.slice(k).includes(']');
}

const AZURE_CACHING = ['None', 'ReadOnly', 'ReadWrite'];
const AZURE_KINDS = ['Dedicated', 'Managed', 'Shared'];

/** The validator of each in-tree source, as in `pkg/apis/core/validation/validation.go`. */
const VALIDATORS: Partial<Record<VolumeSourceKey, (src: Src, at: At) => Finding[]>> = {
  gitRepo: (s, at) => [...req(s, 'repository', at), ...localDescendingPathErrors(goString(s.directory) ?? '', at('directory'))],
  gcePersistentDisk: (s, at) => [...req(s, 'pdName', at), ...partition(s, at)],
  awsElasticBlockStore: (s, at) => [...req(s, 'volumeID', at), ...partition(s, at)],
  iscsi: (s, at) => {
    const out = req(s, 'targetPortal', at);
    const iqn = goString(s.iqn);
    if (iqn === '') out.push(required(at('iqn')));
    else if (iqn !== undefined) {
      const msg = iscsiFormat(iqn);
      if (msg) out.push(invalid(at('iqn'), iqn, msg));
    }
    if (outOfRange(s.lun, 0, 255)) out.push(invalid(at('lun'), s.lun, LUN_DETAIL));
    if ((s.chapAuthDiscovery === true || s.chapAuthSession === true) && !asObject(s.secretRef)) out.push(required(at('secretRef')));
    const initiator = goString(s.initiatorName);
    if (typeof s.initiatorName === 'string' && initiator !== undefined) {
      const msg = iscsiFormat(initiator);
      // The server reports a non-iqn/eui/naa prefix and then (never) a format error: one message either way.
      if (msg) out.push(invalid(at('initiatorname'), initiator, msg));
    }
    return out;
  },
  glusterfs: (s, at) => [...req(s, 'endpoints', at), ...req(s, 'path', at)],
  flocker: (s, at) => {
    const name = goString(s.datasetName) ?? '';
    const uuid = goString(s.datasetUUID) ?? '';
    const out: Finding[] = [];
    if (name === '' && uuid === '') out.push(required(at(), 'one of datasetName and datasetUUID is required'));
    if (name !== '' && uuid !== '') out.push(invalid(at(), 'resource', 'datasetName and datasetUUID can not be specified simultaneously'));
    if (name.includes('/')) out.push(invalid(at('datasetName'), name, "must not contain '/'"));
    return out;
  },
  rbd: (s, at) => [...((asArray(s.monitors)?.length ?? 0) === 0 ? [required(at('monitors'))] : []), ...req(s, 'image', at)],
  cinder: (s, at) => [...req(s, 'volumeID', at), ...secretRefName(s, at)],
  cephfs: (s, at) => ((asArray(s.monitors)?.length ?? 0) === 0 ? [required(at('monitors'))] : []),
  quobyte: (s, at) => {
    const out: Finding[] = [];
    const registry = goString(s.registry) ?? '';
    if (registry === '') out.push(required(at('registry'), 'must be a host:port pair or multiple pairs separated by commas'));
    else if (byteLength(goString(s.tenant) ?? '') >= 65) {
      out.push(required(at('tenant'), 'must be a UUID and may not exceed a length of 64 characters'));
    } else {
      for (const pair of registry.split(',')) {
        if (!splitsHostPort(pair)) out.push(invalid(at('registry'), registry, 'must be a host:port pair or multiple pairs separated by commas'));
      }
    }
    return [...out, ...req(s, 'volume', at)];
  },
  fc: (s, at) => {
    const out: Finding[] = [];
    const wwns = asArray(s.targetWWNs) ?? [];
    const wwids = asArray(s.wwids) ?? [];
    if (wwns.length < 1 && wwids.length < 1) out.push(required(at('targetWWNs'), 'must specify either targetWWNs or wwids, but not both'));
    if (wwns.length !== 0 && wwids.length !== 0) out.push(invalid(at('targetWWNs'), wwns, 'targetWWNs and wwids can not be specified simultaneously'));
    if (wwns.length !== 0) {
      if (s.lun === undefined || s.lun === null) out.push(required(at('lun'), 'lun is required if targetWWNs is specified'));
      else if (outOfRange(s.lun, 0, 255)) out.push(invalid(at('lun'), s.lun, LUN_DETAIL));
    }
    return out;
  },
  flexVolume: (s, at) => {
    const out = req(s, 'driver', at);
    for (const k of Object.keys(asObject(s.options) ?? {})) {
      const slash = k.indexOf('/');
      const namespace = `.${(slash >= 0 ? k.slice(0, slash) : k).toLowerCase()}`;
      if (namespace.endsWith('.kubernetes.io') || namespace.endsWith('.k8s.io')) {
        out.push(invalid(at('options', key(k)), k, 'kubernetes.io and k8s.io namespaces are reserved'));
      }
    }
    return out;
  },
  azureFile: (s, at) => [...req(s, 'secretName', at), ...req(s, 'shareName', at)],
  vsphereVolume: (s, at) => req(s, 'volumePath', at),
  photonPersistentDisk: (s, at) => req(s, 'pdID', at),
  portworxVolume: (s, at) => req(s, 'volumeID', at),
  azureDisk: (s, at) => {
    const out = [...req(s, 'diskName', at), ...req(s, 'diskURI', at)];
    const uri = goString(s.diskURI) ?? '';
    // Defaults: cachingMode ReadWrite, kind Shared (zz_generated.defaults.go).
    const caching = goString(s.cachingMode) || 'ReadWrite';
    const kind = s.kind === undefined || s.kind === null ? 'Shared' : goString(s.kind);
    if (typeof s.cachingMode === 'string' && !AZURE_CACHING.includes(caching)) out.push(unsupported(at('cachingMode'), s.cachingMode, AZURE_CACHING));
    if (kind === undefined) return out;
    if (!AZURE_KINDS.includes(kind)) out.push(unsupported(at('kind'), kind, AZURE_KINDS));
    if (kind === 'Managed' && !uri.startsWith('/subscriptions/')) {
      out.push(unsupported(at('diskURI'), uri, ['/subscriptions/{sub-id}/resourcegroups/{group-name}/providers/microsoft.compute/disks/{disk-id}']));
    }
    if (kind !== 'Managed' && !uri.startsWith('https://')) {
      out.push(unsupported(at('diskURI'), uri, ['https://{account-name}.blob.core.windows.net/{container-name}/{disk-name}.vhd']));
    }
    return out;
  },
  storageos: (s, at) => {
    const out: Finding[] = [];
    const name = goString(s.volumeName);
    if (name === '') out.push(required(at('volumeName')));
    else if (name !== undefined) for (const msg of dns1123LabelErrors(name)) out.push(invalid(at('volumeName'), name, msg));
    const ns = goString(s.volumeNamespace);
    if (ns) for (const msg of dns1123LabelErrors(ns)) out.push(invalid(at('volumeNamespace'), ns, msg));
    return [...out, ...secretRefName(s, at)];
  },
  scaleIO: (s, at) => [...req(s, 'gateway', at), ...req(s, 'system', at), ...req(s, 'volumeName', at)],
};

/** The server's own checks of the older in-tree volume sources (required fields, formats, ranges). */
export function inTreeVolumeErrors(v: TemplateVolume, _version: KubernetesVersion): Finding[] {
  const validate = VALIDATORS[v.validated];
  const src = validate ? sourceOf(v, v.validated) : undefined;
  const out = validate && src ? validate(src, (...f) => v.at(validationSegment(v.validated), ...f)) : [];
  return out.concat(iscsiNameLength(v));
}

/**
 * validateVolumeSource checks this for any iscsi source, validated or not, at the volume's name:
 * with an initiatorName, `<volume name>:<targetPortal>` must fit in 64 bytes.
 */
function iscsiNameLength(v: TemplateVolume): Finding[] {
  const iscsi = asObject(v.volume.iscsi);
  if (!iscsi || typeof iscsi.initiatorName !== 'string') return [];
  const name = goString(v.volume.name) ?? '';
  if (byteLength(`${name}:${goString(iscsi.targetPortal) ?? ''}`) <= 64) return [];
  const detail = 'Total length of <volume name>:<iscsi.targetPortal> must be under 64 characters if iscsi.initiatorName is specified.';
  return [invalid(v.at('name'), name, detail)];
}

export const volumeInTreeSources = defineRule({
  id: 'volume-in-tree-sources',
  severity: 'error',
  summary: 'the older in-tree volume sources (iscsi, rbd, azureDisk, gitRepo and the others) need their required fields in the formats the server accepts',
  docs: VOLUME_DOCS.inTree,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateVolumeSource'],
  hint: 'fill in the field the message names; most in-tree sources are deprecated: prefer a PersistentVolumeClaim or the CSI driver of your storage',
  check: (view) => templateVolumes(view).flatMap((v) => inTreeVolumeErrors(v, view.version)),
});
