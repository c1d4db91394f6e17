import type { KubernetesVersion } from '../versions';
import {
  CONCURRENCY_POLICIES,
  CompletionMode,
  ConditionStatus,
  POD_RESTART_POLICIES,
  PodFailurePolicyAction,
  PodFailurePolicyOperator,
  PodReplacementPolicy,
  enumValues,
} from './enums';

/**
 * The catalogue: every fact about the batch/v1 Job and CronJob API (and the pod fields they embed)
 * that changes from one Kubernetes release to the next, as rows of data. The supported versions
 * themselves are named once, in `lib/versions.ts`; everything version-dependent derives from these
 * rows: the gated-field rule and the gate checks of the other rules (`lib/k8s/features.ts`,
 * `lib/rules/support/gates.ts`), the schema generator's enums (`lib/k8s/enum-table.ts`), and the
 * construct mapping of JobSpec fields (`lib/jobs/job-spec.ts`). Adding a release is new rows or
 * new `since`/`until` bounds here (see docs/new-kubernetes-version.md).
 */

/** A Kubernetes feature gate as the API server of a supported version has it by default. */
export interface FeatureGate {
  /** The gate's name, as in `pkg/features/kube_features.go`. */
  readonly name: string;
  /**
   * The first supported version on which the gate is on by default, or `'never'` when it is off
   * by default on every supported version (alpha everywhere).
   */
  readonly onByDefaultFrom: KubernetesVersion | 'never';
  /**
   * True when the CronJob strategy drops the field from `spec.jobTemplate` too while the gate is
   * off (1.37's `job.DropDisabledFields`); otherwise a CronJob's job template is validated
   * whenever the field exists and only its Jobs lose the field.
   * @default false
   */
  readonly droppedFromCronJobTemplate?: boolean;
  /**
   * The first supported version that has the gate, when that is later than the field: before
   * it nothing drops the field and validation judges it (a regular container's `restartPolicy`
   * is refused up to 1.33, dropped on 1.34 while ContainerRestartRules is off).
   * @default the field's first version
   */
  readonly introducedIn?: KubernetesVersion;
}

/** One closed value set of a field: the values the server accepts, on the versions given. */
export interface ValueSet {
  /** Accepted values, in the order the API server lists them in its message. */
  readonly values: readonly string[];
  /**
   * True when the server defaults an empty string before validating, so `""` is accepted too
   * (it is then not listed among the supported values).
   * @default false
   */
  readonly emptyIsDefaulted?: boolean;
  /** First version with this set. @default every supported version */
  readonly since?: KubernetesVersion;
  /** Last version with this set. @default every supported version */
  readonly until?: KubernetesVersion;
  /** Where the server enforces it (kubernetes/kubernetes file and function). */
  readonly source: string;
  /** Why the set has these bounds, when that is not obvious. */
  readonly note?: string;
}

/** A single value of a field that only a gate makes meaningful (`action: FailIndex`). */
export interface GatedValue {
  /** Short name that rules and messages use (`failIndexAction`). */
  readonly feature: string;
  /** The value. */
  readonly value: string;
  /** What the message names, relative to the JobSpec. */
  readonly describedAs: string;
  readonly gate: FeatureGate;
  /** kubernetes.io page for the feature. */
  readonly docs: string;
}

/** The OpenAPI definitions (short names under `io.k8s.api.{batch,core}.v1`) the catalogue has rows for. */
export type CatalogueDefinition =
  | 'batch.JobSpec'
  | 'batch.CronJobSpec'
  | 'batch.PodFailurePolicyRule'
  | 'batch.PodFailurePolicyOnExitCodesRequirement'
  | 'batch.PodFailurePolicyOnPodConditionsPattern'
  | 'core.PodSpec'
  | 'core.PodSecurityContext'
  | 'core.Volume'
  | 'core.VolumeProjection'
  | 'core.Container'
  | 'core.ContainerPort'
  | 'core.EmptyDirVolumeSource'
  | 'core.VolumeMount'
  | 'core.SecurityContext'
  | 'core.GRPCAction'
  | 'core.HTTPGetAction'
  | 'core.VolumeUser';

/** One field of the API. */
export interface CatalogueField {
  /** The definition the field belongs to. */
  readonly definition: CatalogueDefinition;
  /** The wire (JSON) name. */
  readonly field: string;
  /**
   * Short name that rules use for its gate, when it differs from `field` (a field that appears
   * under a longer path, such as `initContainers[].restartPolicy`).
   * @default field
   */
  readonly feature?: string;
  /** What the field is, as messages name it, relative to the JobSpec. @default field */
  readonly describedAs?: string;
  /**
   * Where the field sits in a pod spec, for pod-template rows: dotted, with `[]` for every item
   * of a list (`volumes[].emptyDir.mode`). The gated-field rule looks for the field there.
   */
  readonly podPaths?: readonly string[];
  /** The construct prop that sets it, when the Job constructs map it themselves (`toJobSpecFields`). */
  readonly prop?: string;
  /** JSON type on the wire. */
  readonly type: 'integer' | 'boolean' | 'string' | 'object' | 'list';
  /** The closed value sets the server enforces, per version range. */
  readonly values?: readonly ValueSet[];
  /** Values that only a gate enables. */
  readonly gatedValues?: readonly GatedValue[];
  /** The first version whose batch/v1 schema has the field. @default every supported version */
  readonly addedIn?: KubernetesVersion;
  /** The gate without which the server silently drops the field on create. */
  readonly gate?: FeatureGate;
  /**
   * Values the server keeps while the gate is off: it drops only the others (ContainerRestartRules
   * off keeps an init container's `restartPolicy: Always`, a sidecar, and drops any other value).
   * @default none: the field is dropped whatever its value
   */
  readonly keptWhileOff?: readonly string[];
  /**
   * The value the server writes in place of the field while the gate is off, where it resets
   * the field instead of removing it (ProcMountType off forces a set `procMount` to `Default`).
   * @default none: the field is removed
   */
  readonly resetWhileOff?: string;
  /** The server's default, as the API reference states it. @default - none (the field stays unset) */
  readonly serverDefault?: string;
  /** kubernetes.io page with anchor that documents the field. */
  readonly docs: string;
}

const JOB_DOCS = 'https://kubernetes.io/docs/concepts/workloads/controllers/job/';
const CRON_DOCS = 'https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/** A container-relative path under every container list of a pod template. */
function containerPaths(paths: readonly string[]): string[] {
  return ['containers', 'initContainers'].flatMap((list) => paths.map((p) => `${list}[].${p}`));
}

const JOB_BACKOFF_LIMIT_PER_INDEX: FeatureGate = { name: 'JobBackoffLimitPerIndex', onByDefaultFrom: '1.29' };
/** Alpha (off) in 1.34, beta (on) from 1.35; `pkg/api/pod` dropContainerRestartRules while off. */
const CONTAINER_RESTART_RULES: FeatureGate = { name: 'ContainerRestartRules', onByDefaultFrom: '1.35', introducedIn: '1.34' };
const SIDECAR_DOCS = 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/';

/** Every row. Order: JobSpec, CronJobSpec, pod failure policy parts, pod template fields. */
export const CATALOGUE = [
  // batch/v1 JobSpec
  { definition: 'batch.JobSpec', field: 'parallelism', prop: 'parallelism', type: 'integer', serverDefault: '1', docs: `${JOB_DOCS}#controlling-parallelism` },
  { definition: 'batch.JobSpec', field: 'completions', prop: 'completions', type: 'integer', serverDefault: '1 when parallelism is unset too', docs: `${JOB_DOCS}#parallel-jobs` },
  { definition: 'batch.JobSpec', field: 'activeDeadlineSeconds', type: 'integer', docs: `${JOB_DOCS}#job-termination-and-cleanup` },
  { definition: 'batch.JobSpec', field: 'podFailurePolicy', prop: 'podFailurePolicy', type: 'object', docs: `${JOB_DOCS}#pod-failure-policy` },
  {
    definition: 'batch.JobSpec',
    field: 'successPolicy',
    prop: 'successPolicy',
    type: 'object',
    addedIn: '1.30',
    gate: { name: 'JobSuccessPolicy', onByDefaultFrom: '1.31' },
    docs: `${JOB_DOCS}#success-policy`,
  },
  { definition: 'batch.JobSpec', field: 'backoffLimit', type: 'integer', serverDefault: '6, or 2147483647 with backoffLimitPerIndex', docs: `${JOB_DOCS}#pod-backoff-failure-policy` },
  {
    definition: 'batch.JobSpec',
    field: 'backoffLimitPerIndex',
    prop: 'backoffLimitPerIndex',
    type: 'integer',
    gate: JOB_BACKOFF_LIMIT_PER_INDEX,
    docs: `${JOB_DOCS}#backoff-limit-per-index`,
  },
  {
    definition: 'batch.JobSpec',
    field: 'maxFailedIndexes',
    prop: 'maxFailedIndexes',
    type: 'integer',
    gate: JOB_BACKOFF_LIMIT_PER_INDEX,
    docs: `${JOB_DOCS}#backoff-limit-per-index`,
  },
  { definition: 'batch.JobSpec', field: 'selector', prop: 'selector', type: 'object', serverDefault: 'generated from the Job UID', docs: `${JOB_DOCS}#specifying-your-own-pod-selector` },
  { definition: 'batch.JobSpec', field: 'manualSelector', prop: 'manualSelector', type: 'boolean', serverDefault: 'false', docs: `${JOB_DOCS}#specifying-your-own-pod-selector` },
  { definition: 'batch.JobSpec', field: 'template', type: 'object', docs: `${JOB_DOCS}#pod-template` },
  { definition: 'batch.JobSpec', field: 'ttlSecondsAfterFinished', type: 'integer', docs: `${JOB_DOCS}#ttl-mechanism-for-finished-jobs` },
  {
    definition: 'batch.JobSpec',
    field: 'completionMode',
    prop: 'completionMode',
    type: 'string',
    values: [{ values: enumValues(CompletionMode), source: 'pkg/apis/batch/validation validateJobSpec' }],
    serverDefault: 'NonIndexed',
    docs: `${JOB_DOCS}#completion-mode`,
  },
  { definition: 'batch.JobSpec', field: 'suspend', prop: 'suspend', type: 'boolean', serverDefault: 'false', docs: `${JOB_DOCS}#suspending-a-job` },
  {
    definition: 'batch.JobSpec',
    field: 'podReplacementPolicy',
    prop: 'podReplacementPolicy',
    type: 'string',
    values: [
      {
        values: enumValues(PodReplacementPolicy),
        since: '1.29',
        source: 'pkg/apis/batch/validation validatePodReplacementPolicy',
        note: 'on 1.28 the gate is off and the field is dropped before validation, so any value is accepted',
      },
    ],
    gate: { name: 'JobPodReplacementPolicy', onByDefaultFrom: '1.29' },
    serverDefault: 'Failed with a podFailurePolicy, else TerminatingOrFailed',
    docs: `${JOB_DOCS}#pod-replacement-policy`,
  },
  {
    definition: 'batch.JobSpec',
    field: 'managedBy',
    prop: 'managedBy',
    type: 'string',
    addedIn: '1.30',
    gate: { name: 'JobManagedBy', onByDefaultFrom: '1.32' },
    serverDefault: 'kubernetes.io/job-controller',
    docs: `${JOB_DOCS}#delegation-of-managing-a-job-object-to-external-controller`,
  },
  {
    definition: 'batch.JobSpec',
    field: 'scheduling',
    type: 'object',
    addedIn: '1.37',
    gate: { name: 'WorkloadWithJob', onByDefaultFrom: 'never', droppedFromCronJobTemplate: true },
    docs: 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/',
  },

  // batch/v1 CronJobSpec
  { definition: 'batch.CronJobSpec', field: 'schedule', type: 'string', docs: `${CRON_DOCS}#schedule-syntax` },
  { definition: 'batch.CronJobSpec', field: 'timeZone', type: 'string', docs: `${CRON_DOCS}#time-zones` },
  { definition: 'batch.CronJobSpec', field: 'startingDeadlineSeconds', type: 'integer', docs: `${CRON_DOCS}#job-creation` },
  {
    definition: 'batch.CronJobSpec',
    field: 'concurrencyPolicy',
    type: 'string',
    values: [{ values: CONCURRENCY_POLICIES, emptyIsDefaulted: true, source: 'pkg/apis/batch/validation validateConcurrencyPolicy' }],
    serverDefault: 'Allow',
    docs: `${CRON_DOCS}#concurrency-policy`,
  },
  { definition: 'batch.CronJobSpec', field: 'suspend', type: 'boolean', serverDefault: 'false', docs: `${CRON_DOCS}#schedule-suspension` },
  { definition: 'batch.CronJobSpec', field: 'jobTemplate', type: 'object', docs: `${CRON_DOCS}#writing-a-cronjob-spec` },
  { definition: 'batch.CronJobSpec', field: 'successfulJobsHistoryLimit', type: 'integer', serverDefault: '3', docs: `${CRON_DOCS}#jobs-history-limits` },
  { definition: 'batch.CronJobSpec', field: 'failedJobsHistoryLimit', type: 'integer', serverDefault: '1', docs: `${CRON_DOCS}#jobs-history-limits` },

  // pod failure policy parts
  {
    definition: 'batch.PodFailurePolicyRule',
    field: 'action',
    type: 'string',
    // The server lists these from a sorted set.
    values: [{ values: [...enumValues(PodFailurePolicyAction)].sort(), source: 'pkg/apis/batch/validation validatePodFailurePolicyRule' }],
    gatedValues: [
      {
        feature: 'failIndexAction',
        value: PodFailurePolicyAction.FAIL_INDEX,
        describedAs: 'podFailurePolicy.rules[].action: FailIndex',
        gate: JOB_BACKOFF_LIMIT_PER_INDEX,
        docs: `${JOB_DOCS}#pod-failure-policy`,
      },
    ],
    docs: `${JOB_DOCS}#pod-failure-policy`,
  },
  {
    definition: 'batch.PodFailurePolicyOnExitCodesRequirement',
    field: 'operator',
    type: 'string',
    values: [{ values: enumValues(PodFailurePolicyOperator), source: 'pkg/apis/batch/validation validatePodFailurePolicyRuleOnExitCodes' }],
    docs: `${JOB_DOCS}#pod-failure-policy`,
  },
  {
    definition: 'batch.PodFailurePolicyOnPodConditionsPattern',
    field: 'status',
    type: 'string',
    values: [
      {
        values: [...enumValues(ConditionStatus)].sort(),
        emptyIsDefaulted: true,
        source: 'pkg/apis/batch/validation validatePodFailurePolicyRuleOnPodConditions',
        note: 'an empty status is defaulted to "True" (SetDefaults_Job) before validation',
      },
    ],
    serverDefault: 'True',
    docs: `${JOB_DOCS}#pod-failure-policy`,
  },

  // the pod template
  {
    definition: 'core.PodSpec',
    field: 'restartPolicy',
    type: 'string',
    values: [{ values: POD_RESTART_POLICIES, emptyIsDefaulted: true, source: 'pkg/apis/core/validation validateRestartPolicy' }],
    serverDefault: 'Always (which a Job refuses)',
    docs: `${JOB_DOCS}#pod-template`,
  },
  {
    definition: 'core.Container',
    field: 'restartPolicy',
    feature: 'sidecarContainers',
    describedAs: 'template.spec.initContainers[].restartPolicy',
    podPaths: ['initContainers[].restartPolicy'],
    type: 'string',
    values: [
      {
        values: ['Always'],
        since: '1.29',
        until: '1.33',
        source: 'pkg/apis/core/validation validateInitContainers',
        note: 'only sidecar init containers may set it, and only to "Always"; regular containers are refused by container-restart-policy. On 1.28 (SidecarContainers off) and 1.34 (ContainerRestartRules off, any value but "Always") the field is dropped before validation',
      },
      {
        values: POD_RESTART_POLICIES,
        since: '1.35',
        source: 'pkg/apis/core/validation validateContainerRestartPolicy (ContainerRestartRules)',
        note: 'ContainerRestartRules is beta (on) from 1.35: any container may override the pod policy',
      },
    ],
    gate: { name: 'SidecarContainers', onByDefaultFrom: '1.29' },
    docs: SIDECAR_DOCS,
  },
  {
    definition: 'core.Container',
    field: 'restartPolicy',
    feature: 'initContainerRestartPolicy',
    describedAs: 'template.spec.initContainers[].restartPolicy other than "Always"',
    podPaths: ['initContainers[].restartPolicy'],
    type: 'string',
    gate: CONTAINER_RESTART_RULES,
    keptWhileOff: ['Always'],
    docs: SIDECAR_DOCS,
  },
  {
    definition: 'core.Container',
    field: 'restartPolicy',
    feature: 'containerRestartPolicy',
    describedAs: 'template.spec.containers[].restartPolicy',
    podPaths: ['containers[].restartPolicy'],
    type: 'string',
    gate: CONTAINER_RESTART_RULES,
    docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restart-rules',
  },
  {
    definition: 'core.Container',
    field: 'restartPolicyRules',
    describedAs: 'template.spec.containers[].restartPolicyRules',
    podPaths: containerPaths(['restartPolicyRules']),
    type: 'list',
    addedIn: '1.34',
    gate: CONTAINER_RESTART_RULES,
    docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restart-rules',
  },
  {
    definition: 'core.SecurityContext',
    field: 'procMount',
    describedAs: 'template.spec.containers[].securityContext.procMount other than "Default"',
    podPaths: containerPaths(['securityContext.procMount']),
    type: 'string',
    gate: { name: 'ProcMountType', onByDefaultFrom: '1.33' },
    keptWhileOff: ['Default'],
    resetWhileOff: 'Default',
    docs: 'https://kubernetes.io/docs/concepts/security/linux-kernel-security-constraints/#proc-mount',
  },
  {
    definition: 'core.Container',
    field: 'imagePullPolicy',
    type: 'string',
    values: [{ values: ['Always', 'IfNotPresent', 'Never'], emptyIsDefaulted: true, source: 'pkg/apis/core/validation validatePullPolicy' }],
    serverDefault: 'Always for :latest or no tag, else IfNotPresent',
    docs: 'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy',
  },
  {
    definition: 'core.ContainerPort',
    field: 'protocol',
    type: 'string',
    values: [{ values: ['SCTP', 'TCP', 'UDP'], emptyIsDefaulted: true, source: 'pkg/apis/core/validation validateContainerPorts' }],
    serverDefault: 'TCP',
    docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  },

  // pod template fields whose gate turned on by default on a supported version: dropped on create before
  {
    definition: 'core.Volume',
    field: 'image',
    feature: 'imageVolume',
    describedAs: 'template.spec.volumes[].image',
    type: 'object',
    addedIn: '1.31',
    gate: { name: 'ImageVolume', onByDefaultFrom: '1.35' },
    docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#image',
  },
  {
    definition: 'core.VolumeProjection',
    field: 'clusterTrustBundle',
    describedAs: 'template.spec.volumes[].projected.sources[].clusterTrustBundle',
    type: 'object',
    addedIn: '1.29',
    gate: { name: 'ClusterTrustBundleProjection', onByDefaultFrom: '1.37' },
    docs: 'https://kubernetes.io/docs/concepts/storage/projected-volumes/#clustertrustbundle',
  },
  {
    definition: 'core.VolumeProjection',
    field: 'podCertificate',
    describedAs: 'template.spec.volumes[].projected.sources[].podCertificate',
    type: 'object',
    addedIn: '1.34',
    gate: { name: 'PodCertificateRequest', onByDefaultFrom: '1.37' },
    docs: 'https://kubernetes.io/docs/concepts/storage/projected-volumes/#podcertificate',
  },
  {
    definition: 'core.PodSecurityContext',
    field: 'supplementalGroupsPolicy',
    describedAs: 'template.spec.securityContext.supplementalGroupsPolicy',
    type: 'string',
    addedIn: '1.31',
    gate: { name: 'SupplementalGroupsPolicy', onByDefaultFrom: '1.33' },
    docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#supplementalgroupspolicy',
  },
  {
    definition: 'core.PodSecurityContext',
    field: 'seLinuxChangePolicy',
    describedAs: 'template.spec.securityContext.seLinuxChangePolicy',
    type: 'string',
    addedIn: '1.32',
    gate: { name: 'SELinuxChangePolicy', onByDefaultFrom: '1.33' },
    gatedValues: [
      {
        // Without SELinuxMount only Recursive is accepted on create (useOnlyRecursiveSELinuxChangePolicy).
        feature: 'seLinuxMountOption',
        value: 'MountOption',
        describedAs: 'template.spec.securityContext.seLinuxChangePolicy: MountOption',
        gate: { name: 'SELinuxMount', onByDefaultFrom: '1.37' },
        docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#efficient-selinux-volume-relabeling',
      },
    ],
    docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#efficient-selinux-volume-relabeling',
  },

  // pod template fields added in 1.37 behind alpha gates: dropped on create while the gate is off
  {
    definition: 'core.EmptyDirVolumeSource',
    field: 'mode',
    feature: 'emptyDirMode',
    describedAs: 'template.spec.volumes[].emptyDir.mode',
    podPaths: ['volumes[].emptyDir.mode'],
    type: 'integer',
    addedIn: '1.37',
    gate: { name: 'EmptyDirVolumeMode', onByDefaultFrom: 'never' },
    docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  },
  {
    definition: 'core.VolumeMount',
    field: 'bindMountOptions',
    describedAs: 'template.spec.containers[].volumeMounts[].bindMountOptions',
    podPaths: containerPaths(['volumeMounts[].bindMountOptions']),
    type: 'list',
    addedIn: '1.37',
    gate: { name: 'VolumeBindMountOptions', onByDefaultFrom: 'never' },
    docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  },
  {
    definition: 'core.GRPCAction',
    field: 'mode',
    feature: 'grpcProbeMode',
    describedAs: 'a grpc probe mode',
    podPaths: containerPaths(PROBES.map((p) => `${p}.grpc.mode`)),
    type: 'string',
    addedIn: '1.37',
    gate: { name: 'GRPCContainerProbeTLS', onByDefaultFrom: 'never' },
    docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  },
  {
    definition: 'core.HTTPGetAction',
    field: 'protocol',
    feature: 'httpGetProtocol',
    describedAs: 'an httpGet protocol of a probe or lifecycle hook',
    podPaths: containerPaths([...PROBES, 'lifecycle.postStart', 'lifecycle.preStop'].map((p) => `${p}.httpGet.protocol`)),
    type: 'string',
    addedIn: '1.37',
    gate: { name: 'H2CContainerProbe', onByDefaultFrom: 'never' },
    docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  },
  {
    definition: 'core.PodSpec',
    field: 'evictionResponders',
    describedAs: 'template.spec.evictionResponders',
    podPaths: ['evictionResponders'],
    type: 'list',
    addedIn: '1.37',
    gate: { name: 'EvictionRequestAPI', onByDefaultFrom: 'never' },
    docs: 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/',
  },
  {
    definition: 'core.VolumeUser',
    field: 'user',
    feature: 'volumeUserFields',
    describedAs: 'a volume defaultUser or user field',
    podPaths: [
      ...['secret', 'configMap', 'downwardAPI', 'projected'].map((source) => `volumes[].${source}.defaultUser`),
      ...['secret', 'configMap', 'downwardAPI'].map((source) => `volumes[].${source}.items[].user`),
      ...['secret', 'configMap', 'downwardAPI'].map((source) => `volumes[].projected.sources[].${source}.items[].user`),
      ...['serviceAccountToken', 'clusterTrustBundle', 'podCertificate'].map((source) => `volumes[].projected.sources[].${source}.user`),
    ],
    type: 'integer',
    addedIn: '1.37',
    gate: { name: 'AtomicWriteVolumeUserFields', onByDefaultFrom: 'never' },
    docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  },
] as const satisfies readonly CatalogueField[];

/**
 * A change, from one release on, in how the API server validates a pod template on create that is
 * neither a field nor a value set: where an error is reported, or a check that templates now get.
 */
export interface ValidationChange {
  /** The first supported version that validates this way. */
  readonly since: KubernetesVersion;
  /** Where the server does it (kubernetes/kubernetes file and function). */
  readonly source: string;
  /** What changed, and what earlier versions do instead. */
  readonly note: string;
}

/** The pod template validation changes, by the short name rules use (`validationChanged`). */
export const VALIDATION_CHANGES = {
  shareProcessNamespaceAtPodSpec: {
    since: '1.37',
    source: 'pkg/apis/core/validation validateShareProcessNamespace',
    note: 'shareProcessNamespace with hostPID is reported at spec.shareProcessNamespace; before, validatePodSpecSecurityContext reported it at spec.securityContext.shareProcessNamespace',
  },
  nodeAffinityValuesAreLabelValues: {
    since: '1.33',
    source: 'pkg/apis/core/validation ValidateNodeSelectorRequirement (AllowInvalidLabelValueInRequiredNodeAffinity); pkg/api/node GetWarningsForNodeSelectorTerm',
    note: 'matchExpressions values of required node affinity terms must be label values, and those of preferred terms are warned about; before, 1.32 passed true (allow) and warned about neither',
  },
  imageVolumeReferenceRequired: {
    since: '1.37',
    source: 'pkg/apis/core/validation validateImageVolumeSource (AllowEmptyImageVolumeReference)',
    note: 'an image volume of a template needs a reference; before, only a Pod did (ResourceIsPod) and a template could leave it empty',
  },
} as const satisfies Record<string, ValidationChange>;

/** The short name of a {@link VALIDATION_CHANGES} entry. */
export type ValidationChangeName = keyof typeof VALIDATION_CHANGES;

type Row = (typeof CATALOGUE)[number];
type FeatureOf<R> = R extends { readonly feature: infer F extends string } ? F : R extends { readonly field: infer F extends string } ? F : never;
type GatedValueOf<R> = R extends { readonly gatedValues: ReadonlyArray<infer V> } ? (V extends { readonly feature: infer F extends string } ? F : never) : never;

/** The short name of every gated field or value (`backoffLimitPerIndex`, `failIndexAction`, ...). */
export type GatedFeatureName = FeatureOf<Extract<Row, { readonly gate: FeatureGate }>> | GatedValueOf<Row>;

/** The fully qualified OpenAPI name of a catalogue definition (`io.k8s.api.batch.v1.JobSpec`). */
export function qualifiedDefinition(definition: CatalogueDefinition): string {
  const [group, name] = definition.split('.');
  return `io.k8s.api.${group}.v1.${name}`;
}

/** The JobSpec rows the Job constructs set themselves, in catalogue order. */
export function constructJobSpecFields(): ReadonlyArray<CatalogueField & { readonly prop: string }> {
  return (CATALOGUE as readonly CatalogueField[]).filter(
    (f): f is CatalogueField & { prop: string } => f.definition === 'batch.JobSpec' && f.prop !== undefined,
  );
}
