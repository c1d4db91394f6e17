import { asArray, asObject, asString } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
import { CompletionMode, PodFailurePolicyAction } from '../../k8s/enums';
import { validatesField } from './gates';

/** True when the JobSpec uses Indexed completion (Job: after defaulting; CronJob: as written). */
export function isIndexed(view: JobView): boolean {
  return view.spec.completionMode === CompletionMode.INDEXED;
}

/** True when the JobSpec is NonIndexed or leaves the mode unset (nil in Go). */
export function isNonIndexed(view: JobView): boolean {
  const mode = view.spec.completionMode;
  return mode === undefined || mode === null || mode === CompletionMode.NON_INDEXED;
}

/** One pod failure policy rule with its index in the list as written. */
export interface PolicyRule {
  readonly rule: Record<string, unknown>;
  readonly index: number;
}

/**
 * The pod failure policy rules the server validates: for a Job on versions where
 * JobBackoffLimitPerIndex is off (1.28), the Job strategy's PrepareForCreate removes `FailIndex`
 * rules first (a CronJob keeps them: see `validatesField`). Indexes stay those of the manifest,
 * so findings point at what was written (the server would count without the removed rules).
 */
export function podFailurePolicyRules(view: JobView): PolicyRule[] {
  const rules = asArray(asObject(view.spec.podFailurePolicy)?.rules) ?? [];
  if (rules.length === 0) return [];
  const keepFailIndex = validatesField(view, 'failIndexAction');
  const out: PolicyRule[] = [];
  rules.forEach((r, index) => {
    const rule = asObject(r);
    if (!rule) return;
    if (!keepFailIndex && asString(rule.action) === PodFailurePolicyAction.FAIL_INDEX) return;
    out.push({ rule, index });
  });
  return out;
}

/**
 * Field paths of the pod failure policy rules the server removes before validating (see
 * {@link podFailurePolicyRules}): what the schema says about their values is never checked.
 */
export function droppedPodFailurePolicyRulePaths(view: JobView): string[] {
  if (validatesField(view, 'failIndexAction')) return [];
  const rules = asArray(asObject(view.spec.podFailurePolicy)?.rules) ?? [];
  const out: string[] = [];
  rules.forEach((r, index) => {
    if (asString(asObject(r)?.action) === PodFailurePolicyAction.FAIL_INDEX) out.push(view.at('podFailurePolicy', 'rules', index));
  });
  return out;
}

/** Names of the template's containers and init containers (`""` for an unnamed one). */
export function containerNames(view: JobView): Set<string> {
  const names = new Set<string>();
  for (const list of [view.podSpec.containers, view.podSpec.initContainers]) {
    for (const c of asArray(list) ?? []) {
      const name = asObject(c)?.name;
      if (name === undefined || name === null || typeof name === 'string') names.add(name ?? '');
    }
  }
  return names;
}
