/**
 * One rule of an Indexed Job's success policy: the Job succeeds early once the rule is met.
 * Set at least one of the two fields.
 *
 * Kubernetes name: `spec.successPolicy.rules[]` (Kubernetes 1.31+ by default).
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#success-policy
 */
export interface SuccessPolicyRule {
  /**
   * Indexes that must succeed, as a list of intervals such as `"0,2-4"` (each below `completions`).
   * @default - any indexes
   */
  readonly succeededIndexes?: string;
  /**
   * How many of the indexes (of `succeededIndexes` when given) must succeed.
   * @default - all of `succeededIndexes`
   */
  readonly succeededCount?: number;
}
