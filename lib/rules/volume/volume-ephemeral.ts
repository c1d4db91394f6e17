import { parseQuantity } from '../../k8s/quantity';
import { asArray, asObject } from '../../manifest/access';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { forbidden, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { validateLabelSelector } from '../support/label-selector';
import { validateAnnotations, validateLabels } from '../support/labels';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../support/names';
import { placeholderHint } from '../support/placeholders';
import { VOLUME_DOCS } from '../support/volume-docs';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString, isSet } from '../support/values';

/** `supportedAccessModes`, sorted. */
const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
/** `supportedVolumeModes`, sorted. */
const VOLUME_MODES = ['Block', 'Filesystem'];

/**
 * ObjectMeta fields a claim template may not set (`validateFieldAllowList`), as the server names
 * them: the Go field name with its first letter lowered (hence `uID`).
 */
const FORBIDDEN_META_FIELDS: ReadonlyArray<readonly [json: string, reported: string]> = [
  ['name', 'name'],
  ['generateName', 'generateName'],
  ['namespace', 'namespace'],
  ['selfLink', 'selfLink'],
  ['uid', 'uID'],
  ['resourceVersion', 'resourceVersion'],
  ['generation', 'generation'],
  ['creationTimestamp', 'creationTimestamp'],
  ['deletionTimestamp', 'deletionTimestamp'],
  ['deletionGracePeriodSeconds', 'deletionGracePeriodSeconds'],
  ['ownerReferences', 'ownerReferences'],
  ['finalizers', 'finalizers'],
  ['managedFields', 'managedFields'],
];

/** A field is set when it differs from Go's zero value ("" and 0 are zero; an empty list is not). */
function isNonZero(value: unknown): boolean {
  return isSet(value) && value !== '' && value !== 0 && value !== false;
}

/** `ValidateTemplateObjectMeta`: annotations and labels only. */
function claimMetadataErrors(meta: Record<string, unknown>, at: (...f: string[]) => string, version: KubernetesVersion): Finding[] {
  const out = validateAnnotations(meta.annotations, at('annotations'), version);
  out.push(...validateLabels(meta.labels, at('labels'), version));
  for (const [json, reported] of FORBIDDEN_META_FIELDS) if (isNonZero(meta[json])) out.push(forbidden(at(reported), 'cannot be set'));
  return out;
}

/**
 * `validateDataSource` / `validateDataSourceRef`: name and kind, a PVC when the group is core, a
 * DNS-subdomain group (from 1.29), and for a ref a namespace that is a DNS label.
 */
function dataSourceErrors(ref: Record<string, unknown>, at: (...f: string[]) => string, version: KubernetesVersion, isRef: boolean): Finding[] {
  const out: Finding[] = [];
  const kind = goString(ref.kind) ?? '';
  if (goString(ref.name) === '') out.push(required(at('name')));
  if (kind === '') out.push(required(at('kind')));
  const apiGroup = goString(ref.apiGroup) ?? '';
  if (apiGroup === '' && kind !== 'PersistentVolumeClaim') out.push(invalid(at(), kind, "must be 'PersistentVolumeClaim' when referencing the default apiGroup"));
  if (apiGroup !== '' && isAtLeast(version, '1.29')) for (const msg of dns1123SubdomainErrors(apiGroup)) out.push(invalid(at('apiGroup'), apiGroup, msg));
  const namespace = isRef ? goString(ref.namespace) : undefined;
  if (namespace) for (const msg of dns1123LabelErrors(namespace)) out.push(invalid(at('namespace'), namespace, msg));
  return out;
}

/** `isDataSourceEqualDataSourceRef`: the same apiGroup pointer value, kind and name. */
function sameReference(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const group = (r: Record<string, unknown>) => (r.apiGroup === undefined || r.apiGroup === null ? undefined : r.apiGroup);
  return group(a) === group(b) && (goString(a.kind) ?? '') === (goString(b.kind) ?? '') && (goString(a.name) ?? '') === (goString(b.name) ?? '');
}

/**
 * `ValidatePersistentVolumeClaimSpec` for a claim template: access modes, a storage request,
 * class name, volume mode, selector, data sources and (from 1.34, where VolumeAttributesClass is
 * on) the attributes class; the storage request must be above zero.
 */
function claimSpecErrors(spec: Record<string, unknown>, at: (...f: Array<string | { key: string }>) => string, version: KubernetesVersion): Finding[] {
  const out: Finding[] = [];
  const modes = (asArray(spec.accessModes) ?? []).filter((m): m is string => typeof m === 'string');
  if (modes.length === 0) out.push(required(at('accessModes'), 'at least 1 access mode is required'));
  if (isSet(spec.selector)) out.push(...validateLabelSelector(spec.selector, at('selector'), version));
  let rwop = false;
  let other = false;
  for (const mode of modes) {
    if (!ACCESS_MODES.includes(mode)) out.push(unsupported(at('accessModes'), mode, ACCESS_MODES));
    else if (mode === 'ReadWriteOncePod') rwop = true;
    else other = true;
  }
  if (rwop && other) out.push(forbidden(at('accessModes'), 'may not use ReadWriteOncePod with other access modes'));
  const requests = asObject(asObject(spec.resources)?.requests);
  const storage = requests?.storage;
  if (!isSet(storage)) out.push(required(at('resources', { key: 'storage' })));
  else if (typeof storage === 'string' || typeof storage === 'number') {
    const q = parseQuantity(storage);
    if (q.ok && q.quantity.sign <= 0) out.push(invalid(at('resources', { key: 'storage' }), q.quantity.text, 'must be greater than zero'));
  }
  const className = goString(spec.storageClassName);
  if (className) {
    const hint = placeholderHint(className);
    for (const msg of dns1123SubdomainErrors(className)) out.push(invalid(at('storageClassName'), className, msg, hint ? { hint } : {}));
  }
  const volumeMode = goString(spec.volumeMode);
  if (volumeMode !== undefined && volumeMode !== '' && !VOLUME_MODES.includes(volumeMode)) out.push(unsupported(at('volumeMode'), volumeMode, VOLUME_MODES));
  const dataSource = asObject(spec.dataSource);
  const dataSourceRef = asObject(spec.dataSourceRef);
  if (dataSource) out.push(...dataSourceErrors(dataSource, (...f) => at('dataSource', ...f), version, false));
  if (dataSourceRef) out.push(...dataSourceErrors(dataSourceRef, (...f) => at('dataSourceRef', ...f), version, true));
  if (dataSourceRef && goString(dataSourceRef.namespace)) {
    if (dataSource) out.push(invalid(at(), at('dataSource'), 'may not be specified when dataSourceRef.namespace is specified'));
  } else if (dataSource && dataSourceRef && !sameReference(dataSource, dataSourceRef)) {
    out.push(invalid(at(), at('dataSource'), 'must match dataSourceRef'));
  }
  const vac = goString(spec.volumeAttributesClassName);
  if (vac && isAtLeast(version, '1.34')) for (const msg of dns1123SubdomainErrors(vac)) out.push(invalid(at('volumeAttributesClassName'), vac, msg));
  return out;
}

/** `validateEphemeralVolumeSource`: a volumeClaimTemplate with template metadata and a claim spec. */
export function ephemeralVolumeErrors(v: TemplateVolume, version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'ephemeral');
  if (!src) return [];
  const template = asObject(src.volumeClaimTemplate);
  if (!template) return [required(v.at('ephemeral', 'volumeClaimTemplate'))];
  const at = (...f: Array<string | { key: string }>) => v.at('ephemeral', 'volumeClaimTemplate', ...f);
  const out = claimMetadataErrors(asObject(template.metadata) ?? {}, (...f) => at('metadata', ...f), version);
  out.push(...claimSpecErrors(asObject(template.spec) ?? {}, (...f) => at('spec', ...f), version));
  return out;
}

export const volumeEphemeral = defineRule({
  id: 'volume-ephemeral',
  severity: 'error',
  summary: 'an ephemeral volume needs a volumeClaimTemplate with access modes and a storage request, and only labels and annotations as metadata',
  docs: VOLUME_DOCS.ephemeral,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateEphemeralVolumeSource', 'core.ValidatePersistentVolumeClaimTemplate'],
  hint: 'give volumeClaimTemplate.spec accessModes (e.g. [ReadWriteOnce]) and resources.requests.storage (e.g. 1Gi); the claim name is derived from the pod, so set no metadata.name',
  check: (view) => templateVolumes(view).flatMap((v) => ephemeralVolumeErrors(v, view.version)),
});
