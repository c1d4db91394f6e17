import { asArray, asObject } from '../../manifest/access';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { OMITTED, forbidden, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { downwardAPIFileErrors } from '../support/downward-api';
import { gateOnAt } from '../support/gates';
import { qualifiedNameErrors } from '../support/names';
import { isKubernetesSignerName, signerNameErrors } from '../support/signer-name';
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
 * signerName choice and the path are checked (not the name and signer formats); of a
 * podCertificate the signer name, user annotations, key type, expiration and paths.
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
    const certificate = gateOnAt(version, 'podCertificate') ? asObject(source.podCertificate) : undefined;
    if (certificate) {
      count++;
      const at = (...f: string[]) => v.at('projected', 'sources', index, 'podCertificate', ...f);
      out.push(...podCertificateErrors(certificate, at, version));
      for (const key of CERTIFICATE_PATHS) {
        const path = goString(certificate[key]);
        if (path) claim(path, path);
      }
    }
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

const KEY_TYPES: readonly string[] = ['RSA3072', 'RSA4096', 'ECDSAP256', 'ECDSAP384', 'ECDSAP521', 'ED25519'];
const CERTIFICATE_PATHS = ['credentialBundlePath', 'keyPath', 'certificateChainPath'] as const;
const MIN_CERTIFICATE_EXPIRATION = 3600;
/** certificates.MaxMaxExpirationSeconds (91 days) and, for kubernetes.io signers, KubernetesMaxMaxExpirationSeconds (1 day). */
const MAX_CERTIFICATE_EXPIRATION = 91 * 24 * 3600;
const MAX_KUBERNETES_CERTIFICATE_EXPIRATION = 24 * 3600;

/** The podCertificate checks of `validateProjectionSources` (1.37), in the server's order. */
function podCertificateErrors(cert: Record<string, unknown>, at: (...f: string[]) => string, version: KubernetesVersion): Finding[] {
  const signerName = goString(cert.signerName) ?? '';
  const out = signerNameErrors(signerName, at('signerName'), version);
  const annotations = asObject(cert.userAnnotations);
  if (annotations) {
    for (const key of Object.keys(annotations)) {
      const lower = key.toLowerCase();
      if (lower === '') {
        out.push(required(at('userAnnotations')));
        continue;
      }
      const errors = qualifiedNameErrors(lower, version);
      for (const e of errors) out.push(invalid(at('userAnnotations'), lower, e));
      if (errors.length === 0 && lower.split('/').length !== 2) out.push(invalid(at('userAnnotations'), lower, 'must be a domain-prefixed key (such as "acme.io/foo")'));
    }
  }
  // `user` is dropped on create while its own gate is off (every supported version), so never validated.
  const keyType = goString(cert.keyType) ?? '';
  if (!KEY_TYPES.includes(keyType)) out.push(unsupported(at('keyType'), keyType, KEY_TYPES));
  const seconds = cert.maxExpirationSeconds;
  if (typeof seconds === 'number') {
    if (seconds < MIN_CERTIFICATE_EXPIRATION) out.push(invalid(at('maxExpirationSeconds'), seconds, 'if provided, maxExpirationSeconds must be >= 3600'));
    const max = isKubernetesSignerName(signerName) ? MAX_KUBERNETES_CERTIFICATE_EXPIRATION : MAX_CERTIFICATE_EXPIRATION;
    if (seconds > max) out.push(invalid(at('maxExpirationSeconds'), seconds, `if provided, maxExpirationSeconds must be <= ${max}`));
  }
  let paths = 0;
  for (const key of CERTIFICATE_PATHS) {
    const path = goString(cert[key]);
    if (!path) continue;
    paths++;
    out.push(...localNonReservedPathErrors(path, at(key)));
  }
  if (paths === 0) out.push(required(at(), 'specify at least one of credentialBundlePath, keyPath, and certificateChainPath'));
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
  triggers: ['pod.volumes'],
  refs: ['core.validateProjectedVolumeSource', 'core.validateProjectionSources'],
  hint: "put secret, configMap, downwardAPI and serviceAccountToken in separate sources entries, give every file its own relative path, and keep expirationSeconds at 600 or more",
  check: (view) => templateVolumes(view).flatMap((v) => projectedVolumeErrors(v, view.version)),
});
