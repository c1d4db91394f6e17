import { ConditionStatus, PodFailurePolicyAction, PodFailurePolicyOperator } from '../k8s/enums';

/** Options for {@link PodFailurePolicyRule.onExitCodes}. */
export interface ExitCodesOptions {
  /**
   * The exit codes to match. Emitted sorted and without repeats, as the API requires; with
   * `PodFailurePolicyOperator.IN` the value 0 is refused by the API server.
   */
  readonly values: readonly number[];
  /**
   * Match these codes (`IN`) or any code but these (`NOT_IN`).
   * @default PodFailurePolicyOperator.IN
   */
  readonly operator?: PodFailurePolicyOperator;
  /**
   * Only look at this container (or init container) of the pod template.
   * @default - every container of the pod
   */
  readonly containerName?: string;
}

/** One pod condition a {@link PodFailurePolicyRule} matches. */
export interface PodConditionPattern {
  /** Condition type, e.g. `DisruptionTarget` or a custom type. */
  readonly type: string;
  /**
   * Condition status to match.
   * @default ConditionStatus.TRUE (also the API server's default)
   */
  readonly status?: ConditionStatus;
}

/**
 * One rule of a Job's pod failure policy: what to do when a pod fails in a given way.
 * Build rules with the static factories; the Job's `restartPolicy` then defaults to Never, which
 * the API server requires with a pod failure policy.
 *
 * Kubernetes name: `spec.podFailurePolicy.rules[]`.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-failure-policy
 */
export class PodFailurePolicyRule {
  /** Fail the whole Job when `containerName` exits with one of `exitCodes` (e.g. a known bug). */
  public static failJobOnExitCodes(containerName: string, exitCodes: readonly number[]): PodFailurePolicyRule {
    return PodFailurePolicyRule.onExitCodes(PodFailurePolicyAction.FAIL_JOB, { containerName, values: exitCodes });
  }

  /**
   * Fail only the pod's index when `containerName` exits with one of `exitCodes`.
   * Needs an `IndexedJob` with `backoffLimitPerIndex` (Kubernetes 1.29+).
   */
  public static failIndexOnExitCodes(containerName: string, exitCodes: readonly number[]): PodFailurePolicyRule {
    return PodFailurePolicyRule.onExitCodes(PodFailurePolicyAction.FAIL_INDEX, { containerName, values: exitCodes });
  }

  /**
   * Do not count failures caused by disruptions (preemption, eviction, node drain) against
   * `backoffLimit`: the pod condition `DisruptionTarget` is `True`.
   */
  public static ignoreDisruptions(): PodFailurePolicyRule {
    return PodFailurePolicyRule.onPodConditions(PodFailurePolicyAction.IGNORE, [{ type: 'DisruptionTarget' }]);
  }

  /** A rule on container exit codes, with any action. */
  public static onExitCodes(action: PodFailurePolicyAction, options: ExitCodesOptions): PodFailurePolicyRule {
    const values = [...new Set(options.values)].sort((a, b) => a - b);
    return new PodFailurePolicyRule(action, {
      onExitCodes: {
        ...(options.containerName !== undefined ? { containerName: options.containerName } : {}),
        operator: options.operator ?? PodFailurePolicyOperator.IN,
        values,
      },
    });
  }

  /** A rule on pod conditions, with any action. */
  public static onPodConditions(action: PodFailurePolicyAction, conditions: readonly PodConditionPattern[]): PodFailurePolicyRule {
    return new PodFailurePolicyRule(action, {
      onPodConditions: conditions.map((c) => ({ type: c.type, status: c.status ?? ConditionStatus.TRUE })),
    });
  }

  private constructor(
    /** What the rule does when it matches. */
    public readonly action: PodFailurePolicyAction,
    private readonly requirement: Record<string, unknown>,
  ) {}

  /**
   * The wire form of the rule.
   * @internal
   */
  public _toKube(): Record<string, unknown> {
    return { action: this.action, ...structuredClone(this.requirement) };
  }
}
