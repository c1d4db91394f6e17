import { isAtLeast, type KubernetesVersion } from '../versions';
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
 * One closed value set of the API: a string field whose other values the API server rejects on
 * create. The schema generator turns each entry into a JSON Schema `enum`; the schema validator
 * prints `values` in the order the server prints them (`Unsupported value: "x": supported values:
 * "A", "B"`).
 *
 * Only sets the server really validates belong here (a false error is worse than a missed one).
 * Each entry names the validation code that enforces it.
 */
export interface ClosedSet {
  /** Fully qualified OpenAPI definition name, e.g. `io.k8s.api.batch.v1.JobSpec`. */
  readonly definition: string;
  /** The property of that definition. */
  readonly property: string;
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
}

const BATCH = 'io.k8s.api.batch.v1';
const CORE = 'io.k8s.api.core.v1';

/** The closed value sets of batch/v1 Job and CronJob and of the pod template they embed. */
export const ENUM_TABLE: readonly ClosedSet[] = [
  {
    definition: `${BATCH}.JobSpec`,
    property: 'completionMode',
    values: enumValues(CompletionMode),
    source: 'pkg/apis/batch/validation validateJobSpec',
  },
  {
    // 1.28: the JobPodReplacementPolicy gate is off and the field is dropped before validation,
    // so any value is accepted (the feature-gated-field rule reports the field itself).
    definition: `${BATCH}.JobSpec`,
    property: 'podReplacementPolicy',
    values: enumValues(PodReplacementPolicy),
    since: '1.29',
    source: 'pkg/apis/batch/validation validatePodReplacementPolicy',
  },
  {
    // The server lists these from a sorted set.
    definition: `${BATCH}.PodFailurePolicyRule`,
    property: 'action',
    values: [...enumValues(PodFailurePolicyAction)].sort(),
    source: 'pkg/apis/batch/validation validatePodFailurePolicyRule',
  },
  {
    definition: `${BATCH}.PodFailurePolicyOnExitCodesRequirement`,
    property: 'operator',
    values: enumValues(PodFailurePolicyOperator),
    source: 'pkg/apis/batch/validation validatePodFailurePolicyRuleOnExitCodes',
  },
  {
    // An empty status is defaulted to "True" (SetDefaults_Job) before validation.
    definition: `${BATCH}.PodFailurePolicyOnPodConditionsPattern`,
    property: 'status',
    values: [...enumValues(ConditionStatus)].sort(),
    emptyIsDefaulted: true,
    source: 'pkg/apis/batch/validation validatePodFailurePolicyRuleOnPodConditions',
  },
  {
    definition: `${BATCH}.CronJobSpec`,
    property: 'concurrencyPolicy',
    values: CONCURRENCY_POLICIES,
    emptyIsDefaulted: true,
    source: 'pkg/apis/batch/validation validateConcurrencyPolicy',
  },
  {
    definition: `${CORE}.PodSpec`,
    property: 'restartPolicy',
    values: POD_RESTART_POLICIES,
    emptyIsDefaulted: true,
    source: 'pkg/apis/core/validation validateRestartPolicy',
  },
  {
    // Up to 1.34 only sidecar init containers may set it, and only to "Always"
    // (validateInitContainers: NotSupported(..., ["Always"])); regular containers are refused by
    // the container-restart-policy rule.
    definition: `${CORE}.Container`,
    property: 'restartPolicy',
    values: ['Always'],
    until: '1.34',
    source: 'pkg/apis/core/validation validateInitContainers',
  },
  {
    // 1.35: ContainerRestartRules is beta (on): any container may override the pod's policy.
    definition: `${CORE}.Container`,
    property: 'restartPolicy',
    values: POD_RESTART_POLICIES,
    since: '1.35',
    source: 'pkg/apis/core/validation validateContainerRestartPolicy (ContainerRestartRules)',
  },
  {
    definition: `${CORE}.Container`,
    property: 'imagePullPolicy',
    values: ['Always', 'IfNotPresent', 'Never'],
    emptyIsDefaulted: true,
    source: 'pkg/apis/core/validation validatePullPolicy',
  },
  {
    definition: `${CORE}.ContainerPort`,
    property: 'protocol',
    values: ['SCTP', 'TCP', 'UDP'],
    emptyIsDefaulted: true,
    source: 'pkg/apis/core/validation validateContainerPorts',
  },
];

/** The closed sets that apply on one Kubernetes version. */
export function closedSetsFor(version: KubernetesVersion): ClosedSet[] {
  return ENUM_TABLE.filter(
    (s) => (s.since === undefined || isAtLeast(version, s.since)) && (s.until === undefined || isAtLeast(s.until, version)),
  );
}
