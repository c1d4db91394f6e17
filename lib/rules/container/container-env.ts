import { asArray, asObject } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { forbidden, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { qualifiedNameErrors } from '../support/names';
import { envNameErrors } from '../support/env-names';
import { goString, isSet, objectsOf } from '../support/values';
import type { JobView } from '../../manifest/job-view';

/** EnvFiles (`fileKeyRef`): beta, on by default, from 1.35. */
const ENV_FILES_SINCE = '1.35';
/** PodHostIPs: alpha (off) in 1.28, so `status.hostIPs` is refused there. */
const HOST_IPS_SINCE = '1.29';

const FIELD_PATHS: readonly string[] = [
  'metadata.name', 'metadata.namespace', 'metadata.uid', 'spec.nodeName', 'spec.serviceAccountName',
  'status.hostIP', 'status.hostIPs', 'status.podIP', 'status.podIPs',
];
/** Labels `ConvertDownwardAPIFieldLabel` knows for v1 (so a path outside it fails conversion). */
const CONVERTIBLE: ReadonlySet<string> = new Set([
  ...FIELD_PATHS, 'metadata.annotations', 'metadata.labels', 'spec.restartPolicy', 'spec.schedulerName', 'status.phase', 'spec.host',
]);
const SOURCES = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef', 'fileKeyRef'] as const;

/** `SplitMaybeSubscriptedPath`: `metadata.labels['app']` → `['metadata.labels', 'app']`. */
function splitSubscript(p: string): [string, string] | undefined {
  if (!p.endsWith("']")) return undefined;
  const s = p.slice(0, -2);
  const at = s.indexOf("['");
  if (at <= 0) return undefined;
  return [s.slice(0, at), s.slice(at + 2)];
}

function checkFieldRef(ref: Record<string, unknown>, at: (f?: string) => string, view: JobView, out: Finding[]): void {
  const apiVersion = typeof ref.apiVersion === 'string' && ref.apiVersion !== '' ? ref.apiVersion : 'v1';
  const fieldPath = ref.fieldPath;
  if (typeof fieldPath !== 'string') {
    if (!isSet(fieldPath)) out.push(required(at('fieldPath')));
    return;
  }
  if (fieldPath === '') return void out.push(required(at('fieldPath')));
  const sub = splitSubscript(fieldPath);
  let error: string | undefined;
  if (apiVersion !== 'v1') error = `unsupported pod version: ${apiVersion}`;
  else if (sub && sub[0] !== 'metadata.annotations' && sub[0] !== 'metadata.labels') error = `field label does not support subscript: ${fieldPath}`;
  else if (!sub && !CONVERTIBLE.has(fieldPath)) error = `field label not supported: ${fieldPath}`;
  if (error) return void out.push(invalid(at('fieldPath'), fieldPath, `error converting fieldPath: ${error}`));
  if (sub) {
    const key = sub[0] === 'metadata.annotations' ? sub[1].toLowerCase() : sub[1];
    for (const e of qualifiedNameErrors(key, view.version)) out.push(invalid(at(), key, e));
    return;
  }
  const internal = fieldPath === 'spec.host' ? 'spec.nodeName' : fieldPath;
  if (!FIELD_PATHS.includes(internal)) out.push(unsupported(at('fieldPath'), internal, FIELD_PATHS));
}

/** core validateDownwardAPIHostIPs (up to 1.28): `status.hostIPs` needs the PodHostIPs gate. */
function checkHostIPs(ref: Record<string, unknown>, at: string, view: JobView, out: Finding[]): void {
  if (ref.fieldPath === 'status.hostIPs' && !isAtLeast(view.version, HOST_IPS_SINCE)) {
    out.push(forbidden(at, "may not be set when feature gate 'PodHostIPs' is not enabled"));
  }
}

/** core validateFileKeyRefVolumes: a `fileKeyRef` reads a file from an emptyDir volume of the pod. */
function checkFileKeyVolume(ref: Record<string, unknown>, at: string, view: JobView, out: Finding[]): void {
  const name = goString(ref.volumeName);
  if (name === undefined) return;
  const volume = objectsOf(view.podSpec.volumes).find(({ item }) => item.name === name)?.item;
  if (!volume) out.push({ path: at, type: 'Not found', value: name });
  else if (!isSet(volume.emptyDir)) out.push(invalid(at, name, 'referenced volume must be of type emptyDir'));
}

/**
 * core ValidateEnv and validateEnvVarValueFrom: every variable has a name (strict C-like names
 * before 1.32, any printable ASCII but '=' from 1.32), `valueFrom` names exactly one source and
 * is not combined with `value`, and a `fieldRef` names a field the downward API offers.
 */
export const containerEnv = defineRule({
  id: 'container-env',
  severity: 'error',
  summary: 'env variables have valid names and at most one source',
  docs: DOCS.env,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.env'],
  refs: ['core.ValidateEnv'],
  hint: 'give each env entry a name and either value or valueFrom with exactly one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef',
  check(view) {
    const out: Finding[] = [];
    const envFiles = isAtLeast(view.version, ENV_FILES_SINCE);
    for (const c of allTemplateContainers(view)) {
      const env = asArray(c.container.env);
      if (!env) continue;
      for (let index = 0; index < env.length; index++) {
        const ev = asObject(env[index]);
        if (!ev) continue;
        const name = ev.name;
        if (name === undefined || name === null || name === '') out.push(required(c.path('env', index, 'name')));
        else if (typeof name === 'string') for (const e of envNameErrors(name, view.version)) out.push(invalid(c.path('env', index, 'name'), name, e));
        const from = asObject(ev.valueFrom);
        if (!from) continue;
        const at = (...f: string[]) => c.path('env', index, 'valueFrom', ...f);
        // With EnvFiles off, fileKeyRef is dropped before validation.
        let sources = 0;
        for (const s of SOURCES) if (isSet(from[s]) && (s !== 'fileKeyRef' || envFiles)) sources++;
        const fileKeyRef = asObject(from.fileKeyRef);
        if (envFiles && fileKeyRef) checkFileKeyVolume(fileKeyRef, at('fileKeyRef', 'volumeName'), view, out);
        const fieldRef = asObject(from.fieldRef);
        if (fieldRef) checkFieldRef(fieldRef, (f) => (f ? at('fieldRef', f) : at('fieldRef')), view, out);
        if (fieldRef) checkHostIPs(fieldRef, at('fieldRef'), view, out);
        if (sources === 0) {
          const list = envFiles ? '`fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef` or `fileKeyRef`' : '`fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`';
          out.push(invalid(at(), '', `must specify one of: ${list}`));
        } else if (typeof ev.value === 'string' && ev.value !== '') {
          out.push(invalid(at(), '', 'may not be specified when `value` is not empty'));
        } else if (sources > 1) {
          out.push(invalid(at(), '', 'may not have more than one field specified at a time'));
        }
      }
    }
    return out;
  },
});
