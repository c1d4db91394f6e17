import type { KubernetesVersion } from '../versions';

/**
 * Fields whose feature gate is off by default on some supported versions. On those versions the
 * API server accepts the field and silently drops it, which is worse than an error; the
 * `feature-gated-field` rule refuses them. Source: shared/reference/k8s-job-rules.md section 4.
 */
export interface GatedFeature {
  /** Feature gate name, as in the Kubernetes docs. */
  readonly gate: string;
  /** What the gate controls, for messages: a field path relative to the JobSpec or pod spec. */
  readonly field: string;
  /** First version on which the gate is on by default. */
  readonly since: KubernetesVersion;
  /** kubernetes.io page for the feature. */
  readonly docs: string;
}

/** The gated fields, keyed by a short name. */
export const GATED_FEATURES = {
  backoffLimitPerIndex: {
    gate: 'JobBackoffLimitPerIndex',
    field: 'backoffLimitPerIndex',
    since: '1.29',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#backoff-limit-per-index',
  },
  maxFailedIndexes: {
    gate: 'JobBackoffLimitPerIndex',
    field: 'maxFailedIndexes',
    since: '1.29',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#backoff-limit-per-index',
  },
  failIndexAction: {
    gate: 'JobBackoffLimitPerIndex',
    field: 'podFailurePolicy.rules[].action: FailIndex',
    since: '1.29',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-failure-policy',
  },
  podReplacementPolicy: {
    gate: 'JobPodReplacementPolicy',
    field: 'podReplacementPolicy',
    since: '1.29',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-replacement-policy',
  },
  successPolicy: {
    gate: 'JobSuccessPolicy',
    field: 'successPolicy',
    since: '1.31',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#success-policy',
  },
  managedBy: {
    gate: 'JobManagedBy',
    field: 'managedBy',
    since: '1.32',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#delegation-of-managing-a-job-object-to-external-controller',
  },
  sidecarContainers: {
    gate: 'SidecarContainers',
    field: 'template.spec.initContainers[].restartPolicy',
    since: '1.29',
    docs: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  },
} as const satisfies Record<string, GatedFeature>;
