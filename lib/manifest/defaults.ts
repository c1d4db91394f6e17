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
  const out = extensibleCopy(doc);
  if (kind === 'Job') applyJobDefaults(out, version);
  else applyCronJobDefaults(out, version);
  return out;
}

function applyJobDefaults(job: Record<string, unknown>, version: KubernetesVersion): void {
  const spec = copyChild(job, 'spec');
  if (!spec) return;
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
  const templateLabels = asObject(asObject(asObject(spec.template)?.metadata)?.labels);
  // Go: `if labels != nil && len(obj.Labels) == 0`, so an empty map is replaced too.
  if (templateLabels && asObject(job.metadata) && isEmptyMap(asObject(asObject(job.metadata)?.labels))) {
    copyChild(job, 'metadata')!.labels = { ...templateLabels };
  }
  applyTemplateDefaults(spec, version);
}

/** CronJob defaults (`SetDefaults_CronJob`) plus the pod defaults of its job template. */
function applyCronJobDefaults(cronJob: Record<string, unknown>, version: KubernetesVersion): void {
  const spec = copyChild(cronJob, 'spec');
  if (!spec) return;
  if (!isSet(spec, 'concurrencyPolicy')) spec.concurrencyPolicy = 'Allow';
  if (!isPointerSet(spec, 'suspend')) spec.suspend = false;
  if (!isPointerSet(spec, 'successfulJobsHistoryLimit')) spec.successfulJobsHistoryLimit = 3;
  if (!isPointerSet(spec, 'failedJobsHistoryLimit')) spec.failedJobsHistoryLimit = 1;
  const jobTemplate = copyChild(spec, 'jobTemplate');
  const jobSpec = jobTemplate && copyChild(jobTemplate, 'spec');
  if (jobSpec) applyTemplateDefaults(jobSpec, version);
}

/**
 * Defaults that apply inside any JobSpec (already copied): the pod's restartPolicy and
 * onPodConditions status; then the pod fields the strategy drops while their gate is off.
 */
function applyTemplateDefaults(jobSpec: Record<string, unknown>, version: KubernetesVersion): void {
  const template = copyChild(jobSpec, 'template');
  const podSpec = template && copyChild(template, 'spec');
  if (podSpec && !isSet(podSpec, 'restartPolicy')) podSpec.restartPolicy = 'Always';
  if (template && podSpec) template.spec = dropDisabledPodFields(podSpec, version);
  const policy = asObject(jobSpec.podFailurePolicy);
  const rules = asArray(policy?.rules);
  if (!policy || !rules) return;
  jobSpec.podFailurePolicy = {
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

/** Replaces `parent[key]` by a shallow copy when it is an object, and returns the copy. */
function copyChild(parent: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const child = asObject(parent[key]);
  if (!child) return undefined;
  const copy = extensibleCopy(child);
  parent[key] = copy;
  return copy;
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
