/**
 * The closed value sets of the batch/v1 API that this library names, taken from the Kubernetes
 * API types (k8s.io/api batch/v1 types.go). One place: the constructs, the rules and the schema
 * generator all read these. The swagger definitions carry no enums, which is why they live here.
 *
 * Pod `restartPolicy` and CronJob `concurrencyPolicy` reuse cdk8s-plus-28's enums
 * (`RestartPolicy`, `ConcurrencyPolicy`) in the construct API; their wire values are listed here.
 */

/** How a Job counts completions. Kubernetes name: `spec.completionMode`. */
export enum CompletionMode {
  /** Completions are interchangeable; the Job succeeds after `completions` successful pods. */
  NON_INDEXED = 'NonIndexed',
  /** Each pod gets an index 0..completions-1 (`JOB_COMPLETION_INDEX`); every index must succeed once. */
  INDEXED = 'Indexed',
}

/** When the Job controller creates a replacement pod. Kubernetes name: `spec.podReplacementPolicy`. */
export enum PodReplacementPolicy {
  /** Replace a pod only once it has fully terminated (phase Failed). Required with a podFailurePolicy. */
  FAILED = 'Failed',
  /** Replace a pod as soon as it is terminating or failed (the default without a podFailurePolicy). */
  TERMINATING_OR_FAILED = 'TerminatingOrFailed',
}

/** What a pod failure policy rule does when it matches. Kubernetes name: `podFailurePolicy.rules[].action`. */
export enum PodFailurePolicyAction {
  /** Fail the whole Job and terminate its running pods. */
  FAIL_JOB = 'FailJob',
  /** Fail the pod's index only (needs `backoffLimitPerIndex`; Kubernetes 1.29+). */
  FAIL_INDEX = 'FailIndex',
  /** Do not count the failure against `backoffLimit`; a replacement pod is created. */
  IGNORE = 'Ignore',
  /** Count the failure against `backoffLimit`, as without a policy. */
  COUNT = 'Count',
}

/** How exit codes are matched. Kubernetes name: `onExitCodes.operator`. */
export enum PodFailurePolicyOperator {
  IN = 'In',
  NOT_IN = 'NotIn',
}

/** Status of a pod condition. Kubernetes name: `onPodConditions[].status`. */
export enum ConditionStatus {
  TRUE = 'True',
  FALSE = 'False',
  UNKNOWN = 'Unknown',
}

/** Wire values of the pod `restartPolicy` (cdk8s-plus: `RestartPolicy`). */
export const POD_RESTART_POLICIES = ['Always', 'OnFailure', 'Never'] as const;

/** The pod `restartPolicy` values a Job accepts. */
export const JOB_RESTART_POLICIES = ['OnFailure', 'Never'] as const;

/** Wire values of CronJob `concurrencyPolicy` (cdk8s-plus: `ConcurrencyPolicy`). */
export const CONCURRENCY_POLICIES = ['Allow', 'Forbid', 'Replace'] as const;

/** The values of a string enum, in declaration order. */
export function enumValues<E extends Record<string, string>>(e: E): Array<E[keyof E]> {
  return Object.values(e) as Array<E[keyof E]>;
}
