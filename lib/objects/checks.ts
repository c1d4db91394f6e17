import { asObject, asString } from '../manifest/access';
import type { KubernetesVersion } from '../versions';
import { invalid, tooLong, type Finding } from '../rules/findings';
import { DOCS } from '../rules/support/docs';
import { validateLabels } from '../rules/support/labels';
import { byteLength, dns1123SubdomainErrors, DNS1123_SUBDOMAIN_MAX_LENGTH } from '../rules/support/names';
import { tooLongDetail } from '../rules/support/text';
import type { Severity } from '../violation';

/** The non-batch kinds this library emits. */
export type EmittedKind = 'Deployment' | 'Service' | 'ConfigMap';

/**
 * One API server check on an object this library emits besides Jobs and CronJobs (the
 * `WorkQueue` Deployment and Service, the work-items ConfigMap): data plus a pure check, as the
 * rules of `lib/rules/` are, over the rendered manifest rather than a `JobView`.
 */
export interface ObjectCheck {
  readonly id: string;
  readonly severity: Severity;
  /** One line, lowercase: what the server requires. */
  readonly summary: string;
  readonly docs: string;
  readonly hint?: string;
  readonly appliesTo: readonly EmittedKind[];
  /** Pure; never throws on odd input. */
  check(manifest: Readonly<Record<string, unknown>>, version: KubernetesVersion): readonly Finding[];
}

const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL = new RegExp(`^${DNS1035_LABEL_FMT}$`);
const DNS1035_LABEL_MAX_LENGTH = 63;

/** apimachinery `IsDNS1035Label` (Service names). */
export function dns1035LabelErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1035_LABEL_MAX_LENGTH) errs.push(`must be no more than ${DNS1035_LABEL_MAX_LENGTH} characters`);
  if (!DNS1035_LABEL.test(value)) {
    errs.push(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, " +
        `and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '${DNS1035_LABEL_FMT}')`,
    );
  }
  return errs;
}

const CONFIG_MAP_KEY_FMT = '[-._a-zA-Z0-9]+';
const CONFIG_MAP_KEY = new RegExp(`^${CONFIG_MAP_KEY_FMT}$`);

/** apimachinery `IsConfigMapKey`. */
export function configMapKeyErrors(key: string): string[] {
  const errs: string[] = [];
  if (byteLength(key) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX_LENGTH} characters`);
  if (!CONFIG_MAP_KEY.test(key)) {
    errs.push(
      "a valid config key must consist of alphanumeric characters, '-', '_' or '.' " +
        `(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '${CONFIG_MAP_KEY_FMT}')`,
    );
  }
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/** `core.MaxSecretSize`: the most a ConfigMap's data and binaryData may hold together. */
export const CONFIG_MAP_MAX_BYTES = 1024 * 1024;

const metadataOf = (m: Readonly<Record<string, unknown>>) => asObject(m.metadata) ?? {};
const specOf = (m: Readonly<Record<string, unknown>>) => asObject(m.spec) ?? {};

/** `ValidateObjectMeta` name check: `NameIsDNSSubdomain` for Deployments and ConfigMaps, `NameIsDNS1035Label` for Services. */
export const objectName: ObjectCheck = {
  id: 'object-name',
  severity: 'error',
  summary: 'Deployment and ConfigMap names must be RFC 1123 subdomains, Service names RFC 1035 labels',
  docs: DOCS.names,
  hint: "use lower case letters, digits and '-' (a Service name must start with a letter and have at most 63 characters)",
  appliesTo: ['Deployment', 'Service', 'ConfigMap'],
  check(manifest) {
    const name = asString(metadataOf(manifest).name);
    if (name === undefined) return [];
    const errors = manifest.kind === 'Service' ? dns1035LabelErrors(name) : dns1123SubdomainErrors(name);
    return errors.map((msg) => invalid('metadata.name', name, msg));
  },
};

/** `ValidateLabels` on every label map of the object: its own, a Deployment's selector and pod template, a Service's selector. */
export const objectLabels: ObjectCheck = {
  id: 'object-labels',
  severity: 'error',
  summary: 'label keys must be qualified names and label values at most 63 alphanumeric, -, _ or . characters',
  docs: DOCS.labels,
  hint: "shorten the value to 63 characters and use only letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
  appliesTo: ['Deployment', 'Service', 'ConfigMap'],
  check(manifest, version) {
    const spec = specOf(manifest);
    const out = validateLabels(metadataOf(manifest).labels, 'metadata.labels', version);
    if (manifest.kind === 'Deployment') {
      out.push(...validateLabels(asObject(spec.selector)?.matchLabels, 'spec.selector.matchLabels', version));
      out.push(...validateLabels(asObject(asObject(spec.template)?.metadata)?.labels, 'spec.template.metadata.labels', version));
    }
    if (manifest.kind === 'Service') out.push(...validateLabels(spec.selector, 'spec.selector', version));
    return out;
  },
};

/** `ValidateConfigMap`: every key of `data` and `binaryData` is a config key. */
export const configMapKeys: ObjectCheck = {
  id: 'configmap-keys',
  severity: 'error',
  summary: "ConfigMap keys must consist of alphanumeric characters, '-', '_' or '.', and not be or start with '..'",
  docs: 'https://kubernetes.io/docs/concepts/configuration/configmap/#configmap-object',
  hint: "use keys of letters, digits, '-', '_' and '.'",
  appliesTo: ['ConfigMap'],
  check(manifest) {
    return (['data', 'binaryData'] as const).flatMap((field) =>
      Object.keys(asObject(manifest[field]) ?? {}).flatMap((key) => configMapKeyErrors(key).map((msg) => invalid(`${field}[${key}]`, key, msg))),
    );
  },
};

/** `ValidateConfigMap`: `data` and `binaryData` hold at most 1 MiB together. */
export const configMapSize: ObjectCheck = {
  id: 'configmap-size',
  severity: 'error',
  summary: 'a ConfigMap holds at most 1 MiB of data',
  docs: 'https://kubernetes.io/docs/concepts/configuration/configmap/#motivation',
  hint: 'split the work items over several Jobs, or keep large inputs in a volume or object store and list only their names',
  appliesTo: ['ConfigMap'],
  check(manifest, version) {
    let size = 0;
    for (const v of Object.values(asObject(manifest.data) ?? {})) if (typeof v === 'string') size += byteLength(v);
    // binaryData is base64 in the manifest; the server counts the decoded bytes
    for (const v of Object.values(asObject(manifest.binaryData) ?? {})) if (typeof v === 'string') size += Buffer.from(v, 'base64').length;
    return size > CONFIG_MAP_MAX_BYTES ? [tooLong('', tooLongDetail(CONFIG_MAP_MAX_BYTES, version))] : [];
  },
};

/** Every check, in the order they run. */
export const OBJECT_CHECKS: readonly ObjectCheck[] = [objectName, objectLabels, configMapKeys, configMapSize];
