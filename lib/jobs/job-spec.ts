import * as kplus from './kplus';
import { constructJobSpecFields } from '../k8s/catalogue';
import type { CompletionMode, PodReplacementPolicy } from '../k8s/enums';
import type { PodFailurePolicyRule } from './pod-failure-policy';
import type { SuccessPolicyRule } from './success-policy';

/**
 * The pod restart policies a Job accepts: `RestartPolicy.NEVER` (a failed pod is replaced by a
 * new one) or `RestartPolicy.ON_FAILURE` (the container is restarted in place). `ALWAYS` is not
 * a member: the API server rejects it for Jobs.
 */
export type JobRestartPolicy = kplus.RestartPolicy.NEVER | kplus.RestartPolicy.ON_FAILURE;

/** Job-level behaviour shared by every pattern, on a Job or in a CronJob's job template. */
export interface JobBehaviourOptions {
  /**
   * What the kubelet does when a container of a pod exits with an error.
   * @default - `RestartPolicy.NEVER` when `podFailurePolicy` is given (the API server requires
   * it), otherwise `RestartPolicy.ON_FAILURE`, so failed pods are rerun in place instead of piling
   * up (cdk8s-plus's own default is Never; Kubernetes defaults an omitted restartPolicy to Always,
   * which it then rejects for a Job)
   */
  readonly restartPolicy?: JobRestartPolicy;

  /**
   * How pod failures count towards `backoffLimit`: fail the Job early on a known exit code,
   * ignore disruptions, and so on. Rules are checked in order; the first match wins.
   *
   * Kubernetes name: `spec.podFailurePolicy.rules`.
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-failure-policy
   * @default - none: every failure counts towards `backoffLimit`
   */
  readonly podFailurePolicy?: readonly PodFailurePolicyRule[];

  /**
   * When a replacement pod is created. Must be `FAILED` with a `podFailurePolicy`.
   * Honoured from Kubernetes 1.29 (gate JobPodReplacementPolicy).
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-replacement-policy
   * @default - Kubernetes decides: `Failed` with a pod failure policy, else `TerminatingOrFailed`
   */
  readonly podReplacementPolicy?: PodReplacementPolicy;

  /**
   * The controller that manages the Job, as a domain-prefixed path (`"kueue.x-k8s.io/multikueue"`);
   * honoured from Kubernetes 1.32 (gate JobManagedBy).
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#delegation-of-managing-a-job-object-to-external-controller
   * @default - the built-in Job controller
   */
  readonly managedBy?: string;
}

/** Labels a manual Job selector matches. Kubernetes name: `spec.selector`. */
export interface JobSelector {
  /** Labels the Job's pods carry. They are added to the pod template too, so the selector matches it. */
  readonly matchLabels: Readonly<Record<string, string>>;
}

/**
 * A selector can only be written together with `manualSelector: true`: the usual case is no
 * selector at all (the API server generates a unique one). Give one only to adopt the pods of an
 * existing Job.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#specifying-your-own-pod-selector
 */
export type JobSelection =
  | {
      /** Leave selection to Kubernetes (the default). */
      readonly manualSelector?: false;
      /** Only with `manualSelector: true`. */
      readonly selector?: undefined;
    }
  | {
      /** You choose the selector; Kubernetes does not check that it is unique. */
      readonly manualSelector: true;
      /** The pods this Job manages. */
      readonly selector: JobSelector;
    };

/** Props common to every Job pattern construct (cdk8s-plus's Job props plus the missing JobSpec fields). */
export interface JobOptions extends Omit<kplus.JobProps, 'restartPolicy'>, JobBehaviourOptions {
  /**
   * Create the Job suspended: no pods start until `suspend` is set to false.
   *
   * Kubernetes name: `spec.suspend`.
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#suspending-a-job
   * @default false
   */
  readonly suspend?: boolean;
}

/** The JobSpec fields that decide the pattern: how many pods, how completions count. */
export interface PatternFields {
  readonly completions?: number;
  readonly parallelism?: number;
  readonly completionMode?: CompletionMode;
  readonly backoffLimitPerIndex?: number;
  readonly maxFailedIndexes?: number;
  readonly successPolicy?: readonly SuccessPolicyRule[];
}

/** What every Job pattern shares besides its pattern fields: behaviour, suspension, selection. */
export interface CommonJobFields extends JobBehaviourOptions {
  readonly suspend?: boolean;
  readonly manualSelector?: boolean;
  readonly selector?: JobSelector;
}

/** The wire form of the JobSpec fields cdk8s-plus does not emit. */
export interface JobSpecFields {
  readonly completions?: number;
  readonly parallelism?: number;
  readonly completionMode?: string;
  readonly backoffLimitPerIndex?: number;
  readonly maxFailedIndexes?: number;
  readonly successPolicy?: { readonly rules: ReadonlyArray<Record<string, unknown>> };
  readonly suspend?: boolean;
  readonly podFailurePolicy?: { readonly rules: ReadonlyArray<Record<string, unknown>> };
  readonly podReplacementPolicy?: string;
  readonly managedBy?: string;
  readonly manualSelector?: boolean;
  readonly selector?: { readonly matchLabels: Record<string, string> };
}

/** Wire forms of the props that are not copied as they are. */
const TO_WIRE: { readonly [field: string]: (value: never) => unknown } = {
  successPolicy: (rules: readonly SuccessPolicyRule[]) => ({ rules: rules.map((r) => ({ ...r })) }),
  podFailurePolicy: (rules: readonly PodFailurePolicyRule[]) => ({ rules: rules.map((r) => r._toKube()) }),
  selector: (selector: JobSelector) => ({ matchLabels: { ...selector.matchLabels } }),
};

/**
 * The ONE mapping from construct props to the JobSpec fields cdk8s-plus lacks, used by every
 * Job construct (at `spec`) and by CronJob (at `spec.jobTemplate.spec`): the catalogue's JobSpec
 * rows that name a construct prop (`lib/k8s/catalogue.ts`), in catalogue order. A pattern field
 * wins over a common prop of the same name; `ignore` names a common prop that is not the
 * JobSpec's (a CronJob's own `suspend`). Unset props give no field (Kubernetes defaults apply).
 */
export function toJobSpecFields(common: CommonJobFields, pattern: PatternFields, ignore?: keyof CommonJobFields): JobSpecFields {
  // Read in place, not merged into a spread copy first: adding keys to a spread clone is a slow
  // store in V8, a few µs per construct.
  const fromCommon = common as Readonly<Record<string, unknown>>;
  const fromPattern = pattern as Readonly<Record<string, unknown>>;
  const fields: Record<string, unknown> = {};
  for (const { field, prop } of constructJobSpecFields()) {
    const value = Object.prototype.hasOwnProperty.call(pattern, prop) ? fromPattern[prop] : prop === ignore ? undefined : fromCommon[prop];
    if (value === undefined) continue;
    const toWire = TO_WIRE[field] as ((v: unknown) => unknown) | undefined;
    fields[field] = toWire ? toWire(value) : value;
  }
  return fields as JobSpecFields;
}

/** The restart policy a Job pattern uses when none is given; see `JobBehaviourOptions.restartPolicy`. */
export function defaultRestartPolicy(options: JobBehaviourOptions): kplus.RestartPolicy {
  return options.restartPolicy ?? (options.podFailurePolicy ? kplus.RestartPolicy.NEVER : kplus.RestartPolicy.ON_FAILURE);
}

/**
 * Refuses props that plain JavaScript can pass although the pattern's type has no such prop,
 * so they are never dropped silently (a constructor error: the value never reaches a manifest).
 */
export function refuseProps(construct: string, props: object, names: readonly string[], instead: string): void {
  for (const name of names) {
    const value = (props as Record<string, unknown>)[name];
    if (value !== undefined) {
      throw new Error(`${construct} does not take '${name}' (got ${JSON.stringify(value)}): ${instead}`);
    }
  }
}
