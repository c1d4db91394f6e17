import { asArray, asObject } from '../../manifest/access';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { OMITTED, forbidden, invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { downwardAPIFileErrors } from '../support/downward-api';
import { gateOnAt } from '../support/gates';
import { VOLUME_DOCS } from '../support/volume-docs';
import { fileModeErrors, itemsOf, keyToPathErrors, localNonReservedPathErrors } from '../support/volume-files';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString, isSet, objectsOf } from '../support/values';

/** `SetDefaults_ServiceAccountTokenProjection`: one hour. */
const DEFAULT_TOKEN_EXPIRATION = 3600;
const MIN_TOKEN_EXPIRATION = 10 * 60;
const MAX_TOKEN_EXPIRATION = 2 ** 32;

/**
 * `validateProjectionSources`: each source sets exactly one of secret, configMap, downwardAPI,
 * serviceAccountToken, clusterTrustBundle and podCertificate, and no two files share a path.
 * clusterTrustBundle and podCertificate are dropped on create while their gates are off (before
 * 1.37), so they are then neither validated nor counted. Of a clusterTrustBundle the name or
 * signerName choice and the path are checked; of a podCertificate, nothing but its count (its
 * signer name, key type and annotations are not checked here).
 */
export function projectedVolumeErrors(v: TemplateVolume, version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'projected');
  if (!src) return [];
  const out = fileModeErrors(src.defaultMode, v.at('projected', 'defaultMode'));
  const sources = asArray(src.sources);
  if (!sources || sources.length === 0) return out;
  const projected = v.at('projected');
  const paths = new Set<string>();
  /** Records a file path; a repeat is reported at the projected source with `value`. */
  const claim = (path: string | undefined, value: unknown) => {
    if (!path) return;
    if (paths.has(path)) out.push(invalid(projected, value, 'conflicting duplicate paths'));
    else paths.add(path);
  };
  for (const { item: source, index } of objectsOf(sources)) {
    let count = 0;
    for (const kind of ['secret', 'configMap'] as const) {
      const s = asObject(source[kind]);
      if (!s) continue;
      count++;
      const name = goString(s.name);
      if (name === '') out.push(required(v.at('projected', 'sources', index, kind, 'name')));
      for (const { item, index: j } of itemsOf(s)) {
        out.push(...keyToPathErrors(item, (f) => v.at('projected', 'sources', index, kind, 'items', j, f)));
        claim(goString(item.path), name ?? '');
      }
    }
    const downward = asObject(source.downwardAPI);
    if (downward) {
      count++;
      for (const { item } of itemsOf(downward)) {
        out.push(...downwardAPIFileErrors(item, (...f) => v.at('projected', 'sources', index, 'downwardAPI', ...f), version));
        const path = goString(item.path);
        claim(path, path);
      }
    }
    const token = asObject(source.serviceAccountToken);
    if (token) {
      count++;
      out.push(...tokenErrors(token, (...f) => v.at('projected', 'sources', index, 'serviceAccountToken', ...f), projected, version));
    }
    const bundle = gateOnAt(version, 'clusterTrustBundle') ? asObject(source.clusterTrustBundle) : undefined;
    if (bundle) {
      count++;
      out.push(...trustBundleErrors(bundle, (...f) => v.at('projected', 'sources', index, 'clusterTrustBundle', ...f)));
      claim(goString(bundle.path) ?? '', goString(bundle.path) ?? '');
    }
    if (gateOnAt(version, 'podCertificate') && asObject(source.podCertificate)) count++;
    if (count > 1) {
      const detail = isAtLeast(version, '1.31') ? 'may not specify more than 1 volume type per source' : 'may not specify more than 1 volume type';
      out.push(forbidden(v.at('projected', 'sources', index), detail));
    }
  }
  return out;
}

/** The clusterTrustBundle checks of `validateProjectionSources`, less the name and signer name formats. */
function trustBundleErrors(bundle: Record<string, unknown>, at: (...f: string[]) => string): Finding[] {
  const out: Finding[] = [];
  const name = bundle.name === null ? undefined : goString(bundle.name);
  const signerName = bundle.signerName === null ? undefined : goString(bundle.signerName);
  const usingName = bundle.name !== undefined && bundle.name !== null;
  const usingSigner = bundle.signerName !== undefined && bundle.signerName !== null;
  if (usingName && usingSigner) out.push(invalid(at(), OMITTED, 'only one of name and signerName may be used'));
  else if (usingName) {
    if (name === '') out.push(required(at('name'), 'must be a valid object name'));
    if (isSet(bundle.labelSelector)) out.push(invalid(at('labelSelector'), OMITTED, 'labelSelector must be unset if name is specified'));
  } else if (usingSigner) {
    if (signerName === '') out.push(required(at('signerName'), 'must be a valid signer name'));
  } else out.push(required(at(), 'either name or signerName must be specified'));
  const path = goString(bundle.path) ?? '';
  if (path === '') out.push(required(at('path')));
  out.push(...localNonReservedPathErrors(path, at('path')));
  return out;
}

/** The serviceAccountToken checks; its path errors are reported at `projected.path` (sic). */
function tokenErrors(token: Record<string, unknown>, at: (...f: string[]) => string, projected: string, version: KubernetesVersion): Finding[] {
  const out: Finding[] = [];
  const raw = token.expirationSeconds;
  const seconds = raw === undefined || raw === null ? DEFAULT_TOKEN_EXPIRATION : raw;
  if (typeof seconds === 'number') {
    if (seconds < MIN_TOKEN_EXPIRATION) out.push(invalid(at('expirationSeconds'), seconds, 'may not specify a duration less than 10 minutes'));
    if (seconds > MAX_TOKEN_EXPIRATION) out.push(invalid(at('expirationSeconds'), seconds, 'may not specify a duration larger than 2^32 seconds'));
  }
  const path = goString(token.path);
  const pathField = `${projected}.path`;
  if (path === '') out.push(required(pathField));
  else if (path !== undefined && isAtLeast(version, '1.30')) out.push(...localNonReservedPathErrors(path, pathField));
  return out;
}

export const volumeProjected = defineRule({
  id: 'volume-projected',
  severity: 'error',
  summary: 'each projected volume source sets one kind, with valid items, distinct paths and a token lifetime of 10 minutes to 2^32 seconds',
  docs: VOLUME_DOCS.projected,
  appliesTo: ['Job', 'CronJob'],
  refs: ['core.validateProjectedVolumeSource', 'core.validateProjectionSources'],
  hint: "put secret, configMap, downwardAPI and serviceAccountToken in separate sources entries, give every file its own relative path, and keep expirationSeconds at 600 or more",
  check: (view) => templateVolumes(view).flatMap((v) => projectedVolumeErrors(v, view.version)),
});
