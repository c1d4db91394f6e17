import { parseQuantity } from '../../k8s/quantity';
import { asObject } from '../../manifest/access';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { forbidden, invalid, required, unsupported, type Finding } from '../findings';
import { qualifiedNameErrors } from './names';
import { fileModeErrors, localNonReservedPathErrors } from './volume-files';
import { goString } from './values';

/** `validVolumeDownwardAPIFieldPathExpressions`, sorted as `sets.List` prints them. */
const VOLUME_FIELD_PATHS = ['metadata.annotations', 'metadata.labels', 'metadata.name', 'metadata.namespace', 'metadata.uid'];

/** The labels `ConvertDownwardAPIFieldLabel` knows for v1 pods (`spec.host` is renamed). */
const POD_FIELD_LABELS = new Set([
  ...VOLUME_FIELD_PATHS,
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** `validContainerResourceFieldPathExpressions`, sorted. */
const RESOURCE_FIELD_PATHS = [
  'limits.cpu',
  'limits.ephemeral-storage',
  'limits.memory',
  'requests.cpu',
  'requests.ephemeral-storage',
  'requests.memory',
];
const HUGEPAGES_PREFIXES = ['requests.hugepages-', 'limits.hugepages-'];

/** `fieldpath.SplitMaybeSubscriptedPath`: `metadata.labels['app']` gives `['metadata.labels', 'app']`. */
function splitSubscript(fieldPath: string): [string, string] | undefined {
  if (!fieldPath.endsWith("']")) return undefined;
  const s = fieldPath.slice(0, -2);
  const at = s.indexOf("['");
  if (at <= 0) return undefined;
  return [s.slice(0, at), s.slice(at + 2)];
}

/** `validateObjectFieldSelector` with the volume field paths (apiVersion defaults to v1). */
function fieldRefErrors(ref: Record<string, unknown>, at: (...f: string[]) => string, version: KubernetesVersion): Finding[] {
  const apiVersion = goString(ref.apiVersion) ?? '';
  const fieldPath = goString(ref.fieldPath);
  if (fieldPath === undefined) return [];
  if (fieldPath === '') return [required(at('fieldRef', 'fieldPath'))];
  const v = apiVersion === '' ? 'v1' : apiVersion;
  const out: Finding[] = [];
  const sub = splitSubscript(fieldPath);
  let internal = fieldPath;
  let conversion: string | undefined;
  if (v !== 'v1') conversion = `unsupported pod version: ${v}`;
  else if (sub) {
    if (sub[0] !== 'metadata.annotations' && sub[0] !== 'metadata.labels') conversion = `field label does not support subscript: ${fieldPath}`;
  } else if (fieldPath === 'spec.host') internal = 'spec.nodeName';
  else if (!POD_FIELD_LABELS.has(fieldPath)) conversion = `field label not supported: ${fieldPath}`;
  if (conversion) return [invalid(at('fieldRef', 'fieldPath'), fieldPath, `error converting fieldPath: ${conversion}`)];
  if (sub) {
    const key = sub[0] === 'metadata.annotations' ? sub[1].toLowerCase() : sub[1];
    for (const msg of qualifiedNameErrors(key, version)) out.push(invalid(at('fieldRef'), key, msg));
  } else if (!VOLUME_FIELD_PATHS.includes(internal)) {
    out.push(unsupported(at('fieldRef', 'fieldPath'), internal, VOLUME_FIELD_PATHS));
  }
  // 1.28 only: the PodHostIPs gate is off, so status.hostIPs is also forbidden (validateDownwardAPIHostIPs).
  if (!isAtLeast(version, '1.29') && fieldPath === 'status.hostIPs') {
    out.push(forbidden(at('fieldRef'), "may not be set when feature gate 'PodHostIPs' is not enabled"));
  }
  return out;
}

const BYTE_DIVISORS = ['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei'];
const BYTE_DIVISOR_LIST = BYTE_DIVISORS.join(', ');

/** `validateContainerResourceDivisor`: the divisors each resource allows, by canonical text. */
function divisorErrors(resource: string, divisor: unknown, at: (...f: string[]) => string): Finding[] {
  if (typeof divisor !== 'string' && typeof divisor !== 'number') return [];
  const q = parseQuantity(divisor);
  if (!q.ok || q.quantity.sign === 0) return []; // unparseable: the decoder's; zero: unset
  const text = q.quantity.text;
  const out: Finding[] = [];
  const refuse = (detail: string) => out.push(invalid(at('resourceFieldRef', 'divisor'), resource, detail));
  if (resource === 'limits.cpu' || resource === 'requests.cpu') {
    if (text !== '1m' && text !== '1') refuse("only divisor's values 1m and 1 are supported with the cpu resource");
  } else if (resource === 'limits.memory' || resource === 'requests.memory') {
    if (!BYTE_DIVISORS.includes(text)) refuse(`only divisor's values ${BYTE_DIVISOR_LIST} are supported with the memory resource`);
  } else if (resource === 'limits.ephemeral-storage' || resource === 'requests.ephemeral-storage') {
    if (!BYTE_DIVISORS.includes(text)) refuse(`only divisor's values ${BYTE_DIVISOR_LIST} are supported with the local ephemeral storage resource`);
  }
  if (HUGEPAGES_PREFIXES.some((p) => resource.startsWith(p)) && !BYTE_DIVISORS.includes(text)) {
    refuse(`only divisor's values ${BYTE_DIVISOR_LIST} are supported with the hugepages resource`);
  }
  return out;
}

/** `validateContainerResourceFieldSelector` for a volume file: a container, a known resource, its divisor. */
function resourceFieldRefErrors(ref: Record<string, unknown>, at: (...f: string[]) => string): Finding[] {
  const containerName = goString(ref.containerName);
  const resource = goString(ref.resource);
  const out: Finding[] = [];
  if (containerName === '') out.push(required(at('resourceFieldRef', 'containerName')));
  else if (resource === '') out.push(required(at('resourceFieldRef', 'resource')));
  else if (resource !== undefined && !RESOURCE_FIELD_PATHS.includes(resource) && !HUGEPAGES_PREFIXES.some((p) => resource.startsWith(p))) {
    out.push(unsupported(at('resourceFieldRef', 'resource'), resource, RESOURCE_FIELD_PATHS));
  }
  return out.concat(divisorErrors(resource ?? '', ref.divisor, at));
}

/**
 * `validateDownwardAPIVolumeFile`. The server reports every item at the source's own path, with
 * no item index (`volumes[0].downwardAPI.path`), so `at` builds paths under the source.
 */
export function downwardAPIFileErrors(file: Record<string, unknown>, at: (...f: string[]) => string, version: KubernetesVersion): Finding[] {
  const out: Finding[] = [];
  const target = goString(file.path);
  if (target === '') out.push(required(at('path')));
  if (target !== undefined) out.push(...localNonReservedPathErrors(target, at('path')));
  const fieldRef = asObject(file.fieldRef);
  const resourceFieldRef = asObject(file.resourceFieldRef);
  if (fieldRef) {
    out.push(...fieldRefErrors(fieldRef, at, version));
    if (resourceFieldRef) out.push(invalid(at(), 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'));
  } else if (resourceFieldRef) {
    out.push(...resourceFieldRefErrors(resourceFieldRef, at));
  } else {
    out.push(required(at(), 'one of fieldRef and resourceFieldRef is required'));
  }
  out.push(...fileModeErrors(file.mode, at('mode')));
  return out;
}
