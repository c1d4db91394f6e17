import { isAtLeast, type KubernetesVersion } from '../../versions';
import { invalid, required, tooLong, type Finding } from '../findings';
import { defineRule } from '../rule';
import { byteLength, dns1123SubdomainErrors } from '../support/names';
import { placeholderHint } from '../support/placeholders';
import { tooLongDetail } from '../support/text';
import { VOLUME_DOCS } from '../support/volume-docs';
import { refName } from '../support/volume-files';
import { sourceOf, templateVolumes, type TemplateVolume } from '../support/volumes';
import { goString } from '../support/values';

const MAX_DRIVER_LENGTH = 63;

/** `ValidateCSIDriverName`: required; up to 1.34 an empty name also fails the format check. */
function driverErrors(driver: string, path: string, version: KubernetesVersion): Finding[] {
  const out: Finding[] = [];
  if (driver === '') {
    out.push(required(path));
    if (isAtLeast(version, '1.35')) return out;
  }
  if (byteLength(driver) > MAX_DRIVER_LENGTH) out.push(tooLong(path, tooLongDetail(MAX_DRIVER_LENGTH, version)));
  const hint = placeholderHint(driver);
  for (const msg of dns1123SubdomainErrors(driver.toLowerCase())) out.push(invalid(path, driver, msg, hint ? { hint } : {}));
  return out;
}

/**
 * `validateCSIVolumeSource`: a driver name that is a DNS subdomain (any case) of at most 63
 * characters, and a nodePublishSecretRef naming a valid Secret (its format error is reported at
 * `csi.name`, as the server does).
 */
export function csiVolumeErrors(v: TemplateVolume, version: KubernetesVersion): Finding[] {
  const src = sourceOf(v, 'csi');
  if (!src) return [];
  const driver = goString(src.driver);
  const out = driver === undefined ? [] : driverErrors(driver, v.at('csi', 'driver'), version);
  const secret = refName(src, 'nodePublishSecretRef');
  if (secret === '') out.push(required(v.at('csi', 'nodePublishSecretRef', 'name')));
  else if (secret !== undefined) {
    const hint = placeholderHint(secret);
    for (const msg of dns1123SubdomainErrors(secret)) out.push(invalid(v.at('csi', 'name'), secret, msg, hint ? { hint } : {}));
  }
  return out;
}

export const volumeCsi = defineRule({
  id: 'volume-csi',
  severity: 'error',
  summary: 'a csi volume needs a driver name that is a DNS subdomain of at most 63 characters',
  docs: VOLUME_DOCS.csi,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.volumes'],
  refs: ['core.validateCSIVolumeSource', 'core.ValidateCSIDriverName'],
  hint: 'set csi.driver to the name the CSI driver registers (for example secrets-store.csi.k8s.io) and nodePublishSecretRef.name to a Secret name',
  check: (view) => templateVolumes(view).flatMap((v) => csiVolumeErrors(v, view.version)),
});
