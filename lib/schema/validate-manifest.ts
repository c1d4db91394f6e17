import { API_REMOVAL_DOCS, SERVED_BATCH_API_VERSION, removedApiVersion } from '../k8s/api-versions';
import { asObject } from '../manifest/access';
import type { ManifestKind } from '../manifest/job-view';
import { toPlainData, type PlainDataProblem } from '../manifest/plain-data';
import { invalid, OMITTED, required, toViolation, unsupported, type Finding } from '../rules/findings';
import { resolveKubernetesVersion, UnsupportedKubernetesVersionError, type KubernetesVersion } from '../versions';
import type { Violation } from '../violation';
import { findingsFromAjv } from './ajv-findings';
import { compiledSchema } from './compile';
import { quantityFindings } from './quantities';

/** Options for {@link validateManifest}. */
export interface ValidateOptions {
  /** Target Kubernetes version, one of `KUBERNETES_VERSIONS` ("v1.30" and "1.30.2" are accepted too). @default "1.28" */
  readonly kubernetesVersion?: string;
}

/** Rule id of every JSON Schema finding. */
export const SCHEMA_RULE = 'schema';
/** Rule id of the removed-apiVersion finding. */
export const API_VERSION_REMOVED_RULE = 'api-version-removed';

const KINDS: readonly ManifestKind[] = ['Job', 'CronJob'];
const KIND_DOCS: Record<ManifestKind, string> = {
  Job: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/job-v1/',
  CronJob: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/cron-job-v1/',
};
const BATCH_DOCS = 'https://kubernetes.io/docs/concepts/workloads/controllers/job/';

/**
 * Validates one manifest against the strict batch/v1 schema of the target Kubernetes version and
 * checks its apiVersion. Returns every problem at once (never throws on odd input; throws only
 * for an unsupported `kubernetesVersion`):
 * - not an object, or a kind other than Job/CronJob, or a non-batch apiVersion: one finding;
 * - a removed apiVersion (batch/v1beta1 CronJob): an `api-version-removed` finding with the fix,
 *   then the rest of the document is still checked against batch/v1;
 * - otherwise the schema findings (rule `schema`), in the API server's wording.
 */
export function validateManifest(manifest: unknown, options: ValidateOptions = {}): Violation[] {
  const version = resolveKubernetesVersion(kubernetesVersionOption(options));
  const plain = toPlainData(manifest);
  return 'problem' in plain ? [unreadableManifest(plain.problem)] : validatePlainManifest(plain.value, version);
}

/**
 * {@link validateManifest} for a value known to be plain data (parsed YAML or JSON, or a copy made
 * by {@link toPlainData}): no copy is made.
 * @internal
 */
export function validatePlainManifest(manifest: unknown, version: KubernetesVersion): Violation[] {
  const doc = asObject(manifest);
  if (!doc) return [schemaViolation(notAnObject(manifest), BATCH_DOCS)];

  const kind = doc.kind;
  if (kind === undefined || kind === null) {
    return [schemaViolation(required('kind', 'must be "Job" or "CronJob"', { hint: 'add kind: Job or kind: CronJob' }), BATCH_DOCS)];
  }
  if (!KINDS.includes(kind as ManifestKind)) {
    const hint = 'cdk8s-jobs checks batch/v1 Job and CronJob manifests only';
    return [schemaViolation(unsupported('kind', kind, KINDS, { hint }), BATCH_DOCS)];
  }
  const batchKind = kind as ManifestKind;
  const docs = KIND_DOCS[batchKind];

  const { out, subject } = checkApiVersion(doc, batchKind);
  if (!subject) return [...metadataTypeFindings(doc, batchKind, version, docs), ...out];

  const { validate, schema } = compiledSchema(version, batchKind);
  if (!validate(subject)) {
    for (const f of findingsFromAjv(validate.errors ?? [], subject, schema, version)) {
      out.push(schemaViolation(f, docs));
    }
  }
  for (const f of quantityFindings(subject, schema)) out.push(schemaViolation(f, docs));
  return out;
}

/**
 * kubectl decodes every object's metadata before it looks its kind up, so a mistyped metadata
 * field (`labels: {tier: 1}`) refuses the document whatever its apiVersion: the schema's type
 * findings under `metadata`, for a document not checked against batch/v1 otherwise.
 */
function metadataTypeFindings(doc: Record<string, unknown>, kind: ManifestKind, version: KubernetesVersion, docs: string): Violation[] {
  if (doc.metadata === undefined || doc.metadata === null) return [];
  const { validate, schema } = compiledSchema(version, kind);
  const probe = { apiVersion: SERVED_BATCH_API_VERSION, kind, metadata: doc.metadata };
  if (validate(probe)) return [];
  return findingsFromAjv(validate.errors ?? [], probe, schema, version)
    .filter((f) => f.type === 'Invalid value' && (f.path === 'metadata' || f.path.startsWith('metadata.')))
    .map((f) => schemaViolation(f, docs));
}

/**
 * The apiVersion finding (if any) and the document to check against the batch/v1 schema:
 * `subject` is undefined when the document is not a batch object at all (nothing more to say).
 */
function checkApiVersion(
  doc: Record<string, unknown>,
  kind: ManifestKind,
): { out: Violation[]; subject?: Record<string, unknown> } {
  const apiVersion = doc.apiVersion;
  if (apiVersion === undefined || apiVersion === SERVED_BATCH_API_VERSION) return { out: [], subject: doc };
  if (apiVersion === null) {
    // `apiVersion:` with no value: reported by the schema as missing (Required value), not as a type error.
    const { apiVersion: _omitted, ...rest } = doc;
    return { out: [], subject: rest };
  }
  // Reported once here; the rest is checked as the batch/v1 object it is meant to be.
  const subject = { ...doc, apiVersion: SERVED_BATCH_API_VERSION };
  const removed = typeof apiVersion === 'string' ? removedApiVersion(kind, apiVersion) : undefined;
  if (removed) {
    const f = invalid('apiVersion', apiVersion, removed.detail, { hint: removed.hint });
    return { out: [{ ...stampFinding(f, API_VERSION_REMOVED_RULE), docs: API_REMOVAL_DOCS }], subject };
  }
  const hint = `change apiVersion to ${SERVED_BATCH_API_VERSION}`;
  const out = [schemaViolation(unsupported('apiVersion', apiVersion, [SERVED_BATCH_API_VERSION], { hint }), KIND_DOCS[kind])];
  const isBatch = typeof apiVersion === 'string' && (apiVersion === 'batch' || apiVersion.startsWith('batch/'));
  return isBatch ? { out, subject } : { out };
}

function notAnObject(manifest: unknown): Finding {
  const hint = 'a manifest is a mapping with apiVersion, kind, metadata and spec';
  if (manifest === undefined || manifest === null) return required('', 'expected a Job or CronJob object', { hint });
  const found = Array.isArray(manifest) ? 'list' : typeof manifest;
  const value = typeof manifest === 'string' && manifest.length > 60 ? `${manifest.slice(0, 57)}...` : manifest;
  return Array.isArray(manifest)
    ? { path: '', type: 'Invalid value', detail: `expected object, found ${found}`, hint }
    : invalid('', value, `expected object, found ${found}`, { hint });
}

/** The one finding for a value that cannot be checked at all (a cycle, a throwing getter, too deep). */
export function unreadableManifest(problem: PlainDataProblem): Violation {
  const f = invalid(problem.path, OMITTED, `${problem.reason}: a manifest must be plain JSON data`, {
    hint: 'pass the object as JSON would carry it (JSON.parse(JSON.stringify(manifest)) shows what the API server receives)',
  });
  return schemaViolation(f, BATCH_DOCS);
}

/**
 * `options.kubernetesVersion`, read defensively: `null` or non-object options count as none, and
 * options that cannot be read are an {@link UnsupportedKubernetesVersionError}, not a TypeError.
 * @internal
 */
export function kubernetesVersionOption(options: unknown): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    return (options as { kubernetesVersion?: unknown }).kubernetesVersion;
  } catch {
    throw new UnsupportedKubernetesVersionError('<unreadable options>');
  }
}

function stampFinding(f: Finding, rule: string): Violation {
  return toViolation(f, { rule, severity: 'error' });
}

function schemaViolation(f: Finding, docs: string): Violation {
  return { ...stampFinding(f, SCHEMA_RULE), docs };
}
