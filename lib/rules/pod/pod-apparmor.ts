import { goQuote } from '../../k8s/go-text';
import { asObject } from '../../manifest/access';
import { key } from '../../manifest/field-path';
import type { JobView } from '../../manifest/job-view';
import { isAtLeast } from '../../versions';
import { OMITTED, forbidden, invalid, required, tooLong, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { podAt, podSecurityContext } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { visitedContainers } from '../support/containers';
import { containerSecurityField, templateAnnotations } from '../support/template-containers';
import { tooLongDetail } from '../support/text';
import { isSet } from '../support/values';

const PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
const TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'];
const MAX_LOCALHOST_PROFILE = 4095;
const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0]|[\t\n\v\f\r \u0085\u00a0]$/;

/** core `ValidateAppArmorProfileField` for a pod or container `appArmorProfile`. */
export function validateAppArmorProfileField(value: unknown, path: string, view: JobView): Finding[] {
  const p = asObject(value);
  if (!p) return [];
  const out: Finding[] = [];
  const type = typeof p.type === 'string' ? p.type : '';
  if (type === 'Localhost') {
    const profile = p.localhostProfile;
    if (typeof profile !== 'string') out.push(required(`${path}.localhostProfile`, 'must be set when AppArmor type is Localhost'));
    else {
      if (GO_SPACE.test(profile)) out.push(invalid(`${path}.localhostProfile`, profile, 'must not be padded with whitespace'));
      else if (profile === '') out.push(required(`${path}.localhostProfile`, 'must be set when AppArmor type is Localhost'));
      if (Buffer.byteLength(profile) > MAX_LOCALHOST_PROFILE) out.push(tooLong(`${path}.localhostProfile`, tooLongDetail(MAX_LOCALHOST_PROFILE, view.version)));
    }
  } else if (type === 'RuntimeDefault' || type === 'Unconfined') {
    if (isSet(p.localhostProfile)) out.push(invalid(`${path}.localhostProfile`, p.localhostProfile, 'can only be set when AppArmor type is Localhost'));
  } else if (type === '') {
    out.push(required(`${path}.type`, 'type is required when appArmorProfile is set'));
  } else {
    out.push(unsupported(`${path}.type`, type, TYPES));
  }
  return out;
}

/** `ApparmorFieldForAnnotation` compared with a field: do they say the same? */
function annotationEqualsField(annotation: string, field: Record<string, unknown> | undefined): boolean {
  if (!field) return false;
  if (annotation === 'unconfined') return field.type === 'Unconfined' && !isSet(field.localhostProfile);
  if (annotation === 'runtime/default') return field.type === 'RuntimeDefault' && !isSet(field.localhostProfile);
  const profile = annotation.startsWith('localhost/') ? annotation.slice('localhost/'.length) : '';
  return profile !== '' && field.type === 'Localhost' && field.localhostProfile === profile;
}

/**
 * AppArmor on the template: the pod `appArmorProfile` field (1.30+), the legacy per-container
 * annotations (`ValidateAppArmorPodAnnotations`: a known container, a profile of
 * runtime/default, unconfined or localhost/<name>), their agreement with the effective field
 * (`validateAppArmorAnnotationsAndFieldsMatchOnCreate`, not for Windows pods), and the 1.30+
 * deprecation warning for an annotation without a field.
 */
export const podApparmor = defineRule({
  id: 'pod-apparmor',
  severity: 'error',
  summary: 'apparmor profiles must be valid and the legacy AppArmor annotations must name containers and agree with the fields',
  docs: POD_DOCS.appArmor,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['podMetadata.annotations', 'pod.securityContext'],
  refs: ['core.ValidateAppArmorProfileField', 'core.ValidateAppArmorPodAnnotations', 'core.validateAppArmorAnnotationsAndFieldsMatchOnCreate'],
  hint: 'set securityContext.appArmorProfile.type to RuntimeDefault (or Localhost with localhostProfile) and drop the AppArmor annotations',
  check(view) {
    const annotations = templateAnnotations(view);
    const hasAnnotations = Object.keys(annotations).some((k) => k.startsWith(PREFIX));
    if (!hasAnnotations && !isSet(podSecurityContext(view)?.appArmorProfile)) return [];
    const out: Finding[] = [];
    const fields = isAtLeast(view.version, '1.30');
    const podProfile = fields ? asObject(podSecurityContext(view)?.appArmorProfile) : undefined;
    if (fields) out.push(...validateAppArmorProfileField(podSecurityContext(view)?.appArmorProfile, podAt(view, 'securityContext', 'appArmorProfile'), view));
    const containers = visitedContainers(view);
    const names = new Set(containers.map((c) => c.container.name).filter((n): n is string => typeof n === 'string'));
    for (const [k, v] of Object.entries(annotations)) {
      if (!k.startsWith(PREFIX) || typeof v !== 'string') continue;
      const path = view.at('template', 'annotations', key(k));
      const name = k.slice(PREFIX.length);
      if (!names.has(name)) out.push(invalid(path, name, 'container not found', { hint: 'name a container of the pod after the / of the annotation key' }));
      if (v !== '' && v !== 'runtime/default' && v !== 'unconfined' && !v.startsWith('localhost/')) out.push(invalid(path, v, `invalid AppArmor profile name: ${goQuote(v)}`));
    }
    if (!fields) return out;
    const windows = asObject(view.podSpec.os)?.name === 'windows';
    for (const c of containers) {
      if (typeof c.container.name !== 'string') continue;
      const k = PREFIX + c.container.name;
      const annotation = annotations[k];
      if (typeof annotation !== 'string') continue;
      const own = containerSecurityField(c, 'appArmorProfile');
      const effective = own ?? podProfile;
      if (!own && !annotationEqualsField(annotation, podProfile)) {
        out.push(invalid(view.at('template', 'metadata', 'annotations', key(k)), OMITTED, 'deprecated since v1.30; use the "appArmorProfile" field instead', { severity: 'warning' }));
      }
      if (!effective || windows) continue;
      const path = `${c.at('securityContext')}.appArmorProfile`;
      const mismatch = (f: string, what: string) => out.push(forbidden(`${path}.${f}`, `apparmor ${what} in annotation and field must match`));
      if (effective.type === 'Unconfined' && annotation !== 'unconfined') mismatch('type', 'type');
      else if (effective.type === 'RuntimeDefault' && annotation !== 'runtime/default') mismatch('type', 'type');
      else if (effective.type === 'Localhost') {
        if (!annotation.startsWith('localhost/')) mismatch('type', 'type');
        else if (effective.localhostProfile !== annotation.slice('localhost/'.length)) mismatch('localhostProfile', 'profile');
      }
    }
    return out;
  },
});
