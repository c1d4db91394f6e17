import { isAtLeast, type KubernetesVersion } from '../versions';
import { asArray, asObject, has } from './access';
import { dropDisabledPodFields } from './drop-disabled';

/**
 * The API server's defaulting (k8s `pkg/apis/batch/v1/defaults.go` and the core pod defaults),
 * so no rule fires on a value the server would have defaulted into validity, and the create
 * strategy's drop of disabled pod fields (`drop-disabled.ts`), so none fires on a field the
 * server never validates. See
 * shared/reference/k8s-job-rules.md section 3.
 *
 * `SetDefaults_Job` runs for Job objects only. A CronJob's `spec.jobTemplate.spec` gets the pod
 * defaults and the pod-failure-policy status default, but not the JobSpec defaults: those are
 * applied when the controller later creates each Job.
 *
 * Returns a defaulted copy; the input is never modified. Only the objects on the paths that
 * defaulting writes are copied (shallowly), the rest is shared with the input: linting runs on
 * every synthesized object, and a deep clone was a third of its cost.
 */
export function defaultedCopy(doc: Record<string, unknown>, kind: 'Job' | 'CronJob', version: KubernetesVersion): Record<string, unknown> {
  return assembleDefaulted(doc, defaultedParts(doc, kind, version));
}

/**
 * The parts of a document that defaulting can change, defaulted: what the rules read. A part
 * that defaulting leaves as it was is the written object itself (see {@link unchangedOrCopy}),
 * so a typical document costs one copy (its spec), not one per object on the path to the pod
 * spec.
 */
export interface DefaultedParts {
  /** `metadata` (a Job's labels are defaulted from its template's). */
  readonly metadata: unknown;
  /** `spec`: the JobSpec of a Job, the CronJobSpec of a CronJob. */
  readonly spec: unknown;
}

/** {@link defaultedCopy}'s parts, without the copy of the document around them. */
export function defaultedParts(doc: Record<string, unknown>, kind: 'Job' | 'CronJob', version: KubernetesVersion): DefaultedParts {
  // The defaulted document is a copy of `doc`: what it inherits is not part of it.
  const own = unchangedOrCopy(doc);
  const rawSpec = asObject(own.spec);
  if (!rawSpec) return { metadata: own.metadata, spec: own.spec };
  if (kind === 'CronJob') return { metadata: own.metadata, spec: cronJobSpecDefaulted(rawSpec, version) };
  const spec = extensibleCopy(rawSpec);
  // The labels are read from the template as written (the copy's), before its own defaults.
  const metadata = jobMetadataDefaulted(own.metadata, spec.template);
  applyJobDefaults(spec, version);
  return { metadata, spec };
}

/** The whole defaulted document: a copy of `doc` holding the defaulted parts. */
export function assembleDefaulted(doc: Record<string, unknown>, parts: DefaultedParts): Record<string, unknown> {
  const out = extensibleCopy(doc);
  if (parts.spec !== out.spec) out.spec = parts.spec;
  if (parts.metadata !== out.metadata) out.metadata = parts.metadata;
  return out;
}

/** `SetDefaults_Job`'s values and the template defaults, written into a copy of a Job's spec. */
function applyJobDefaults(spec: Record<string, unknown>, version: KubernetesVersion): void {
  const completionsSet = isPointerSet(spec, 'completions');
  const parallelismSet = isPointerSet(spec, 'parallelism');
  if (!completionsSet && !parallelismSet) {
    spec.completions = 1;
    spec.parallelism = 1;
  } else if (!parallelismSet) {
    spec.parallelism = 1;
  }
  if (!isPointerSet(spec, 'backoffLimit')) spec.backoffLimit = isPointerSet(spec, 'backoffLimitPerIndex') ? 2147483647 : 6;
  if (!isPointerSet(spec, 'completionMode')) spec.completionMode = 'NonIndexed';
  if (!isPointerSet(spec, 'suspend')) spec.suspend = false;
  if (!isPointerSet(spec, 'manualSelector')) spec.manualSelector = false;
  if (isAtLeast(version, '1.29') && !isPointerSet(spec, 'podReplacementPolicy')) {
    spec.podReplacementPolicy = isPointerSet(spec, 'podFailurePolicy') ? 'Failed' : 'TerminatingOrFailed';
  }
  applyTemplateDefaults(spec, version);
}

/** A Job's metadata: its labels default to the pod template's (`SetDefaults_Job`). */
function jobMetadataDefaulted(rawMetadata: unknown, template: unknown): unknown {
  const metadata = asObject(rawMetadata);
  const templateLabels = asObject(asObject(asObject(template)?.metadata)?.labels);
  // Go: `if labels != nil && len(obj.Labels) == 0`, so an empty map is replaced too.
  if (!templateLabels || !metadata || !isEmptyMap(asObject(metadata.labels))) return rawMetadata;
  const copy = extensibleCopy(metadata);
  copy.labels = { ...templateLabels };
  return copy;
}

/** A copy of a CronJob's spec with `SetDefaults_CronJob`'s values and its job template's pod defaults. */
function cronJobSpecDefaulted(rawSpec: Record<string, unknown>, version: KubernetesVersion): Record<string, unknown> {
  const spec = extensibleCopy(rawSpec);
  if (!isSet(spec, 'concurrencyPolicy')) spec.concurrencyPolicy = 'Allow';
  if (!isPointerSet(spec, 'suspend')) spec.suspend = false;
  if (!isPointerSet(spec, 'successfulJobsHistoryLimit')) spec.successfulJobsHistoryLimit = 3;
  if (!isPointerSet(spec, 'failedJobsHistoryLimit')) spec.failedJobsHistoryLimit = 1;
  const jobTemplate = asObject(spec.jobTemplate);
  if (!jobTemplate) return spec;
  const jobSpec = asObject(jobTemplate.spec);
  const defaultedJobSpec = jobSpec && jobSpecTemplateDefaulted(jobSpec, version);
  if (defaultedJobSpec === jobSpec) {
    spec.jobTemplate = unchangedOrCopy(jobTemplate);
    return spec;
  }
  const template = extensibleCopy(jobTemplate);
  template.spec = defaultedJobSpec;
  spec.jobTemplate = template;
  return spec;
}

/**
 * Defaults that apply inside any JobSpec (here one already copied): the pod's restartPolicy and
 * onPodConditions status; then the pod fields the strategy drops while their gate is off.
 */
function applyTemplateDefaults(jobSpec: Record<string, unknown>, version: KubernetesVersion): void {
  const template = asObject(jobSpec.template);
  const defaulted = template && templateDefaulted(template, version);
  if (defaulted !== template) jobSpec.template = defaulted;
  const policy = podFailurePolicyDefaulted(jobSpec.podFailurePolicy);
  if (policy !== undefined) jobSpec.podFailurePolicy = policy;
}

/** {@link applyTemplateDefaults} on a JobSpec not yet copied: the JobSpec itself when they change nothing. */
function jobSpecTemplateDefaulted(jobSpec: Record<string, unknown>, version: KubernetesVersion): Record<string, unknown> {
  const template = asObject(jobSpec.template);
  const defaulted = template && templateDefaulted(template, version);
  const policy = podFailurePolicyDefaulted(jobSpec.podFailurePolicy);
  if (defaulted === template && policy === undefined) return unchangedOrCopy(jobSpec);
  const copy = extensibleCopy(jobSpec);
  if (defaulted !== template) copy.template = defaulted;
  if (policy !== undefined) copy.podFailurePolicy = policy;
  return copy;
}

/** The pod failure policy with every onPodConditions status defaulted to True, or `undefined` when it has no rules list. */
function podFailurePolicyDefaulted(value: unknown): Record<string, unknown> | undefined {
  const policy = asObject(value);
  const rules = asArray(policy?.rules);
  if (!policy || !rules) return undefined;
  return {
    ...policy,
    rules: rules.map((rule) => {
      const r = asObject(rule);
      const conditions = asArray(r?.onPodConditions);
      if (!r || !conditions) return rule;
      return {
        ...r,
        onPodConditions: conditions.map((condition) => {
          const c = asObject(condition);
          return c && !isSet(c, 'status') ? { ...c, status: 'True' } : condition;
        }),
      };
    }),
  };
}

/** The pod template with its pod spec's restartPolicy defaulted and its disabled fields dropped. */
function templateDefaulted(template: Record<string, unknown>, version: KubernetesVersion): Record<string, unknown> {
  const podSpec = asObject(template.spec);
  if (!podSpec) return unchangedOrCopy(template);
  let defaulted = podSpec;
  if (!isSet(podSpec, 'restartPolicy')) {
    defaulted = extensibleCopy(podSpec);
    defaulted.restartPolicy = 'Always';
  }
  defaulted = dropDisabledPodFields(defaulted, version);
  if (defaulted === podSpec) {
    defaulted = unchangedOrCopy(podSpec);
    if (defaulted === podSpec) return unchangedOrCopy(template);
  }
  const copy = extensibleCopy(template);
  copy.spec = defaulted;
  return copy;
}

/**
 * An object that defaulting leaves unchanged: itself when its prototype is `Object.prototype`,
 * for then (plain data: own enumerable data properties) its shallow copy reads the same, keys
 * and for-in included; else the shallow copy, which leaves out what it inherits, as the
 * defaulted view always has.
 */
function unchangedOrCopy(o: Record<string, unknown>): Record<string, unknown> {
  return Object.getPrototypeOf(o) === Object.prototype ? o : extensibleCopy(o);
}

/**
 * A shallow copy to which defaulting then adds keys. Not `{ ...o }`: V8 gives a spread clone a
 * shape of its own that keeps no transitions, so every key added to it is a slow runtime store
 * building a new shape (four added keys: 15 µs per JobSpec, against 0.1 µs here). `Object.assign`
 * onto `{}` stores by [[Set]], which equals spread's define for every own key but `__proto__`
 * (the inherited setter) and, when `Object.prototype` is frozen, the keys it holds (a store
 * throws): those fall back to the spread.
 */
function extensibleCopy(o: Record<string, unknown>): Record<string, unknown> {
  if (has(o, '__proto__')) return { ...o };
  try {
    return Object.assign({}, o);
  } catch {
    return { ...o };
  }
}

/**
 * A plain Go string field (pod `restartPolicy`, `concurrencyPolicy`, condition `status`) is
 * defaulted when it is the zero value: absent, `null` or `""`.
 */
function isSet(o: Record<string, unknown>, k: string): boolean {
  return isPointerSet(o, k) && o[k] !== '';
}

/**
 * A Go pointer field (every optional JobSpec field: `completions`, `completionMode`,
 * `podReplacementPolicy`, …) is defaulted only when nil: absent or `null`. `""` is a set pointer
 * to an empty string, which the server then rejects.
 */
function isPointerSet(o: Record<string, unknown>, k: string): boolean {
  const v = o[k];
  return v !== null && v !== undefined && has(o, k);
}

/** No own enumerable key (`Object.keys(o).length === 0`, without the list); true for `undefined`. */
function isEmptyMap(o: Record<string, unknown> | undefined): boolean {
  for (const k in o) if (has(o, k)) return false;
  return true;
}
