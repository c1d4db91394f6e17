import { toJobView } from '../manifest/job-view';
import { POD_RULES } from '../rules/pod';
import { stamp } from '../rules/rule';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';

/**
 * The seam where the engine's pod-template rules judge a Deployment's pod template (the
 * `WorkQueue` server), as they judge a Job's. The template is wrapped in a Job whose
 * `spec.template` it is, so a finding's path (`spec.template.spec.containers[0].image`) is the
 * Deployment's own, and only the rules of `POD_RULES` run: they check a PodTemplateSpec as such.
 * A pod rule that holds for Jobs only belongs in the job group (as `job-restart-policy` does),
 * not in `POD_RULES`.
 */
export function podTemplateViolations(template: unknown, version: KubernetesVersion): Violation[] {
  const view = toJobView({ apiVersion: 'batch/v1', kind: 'Job', metadata: {}, spec: { template } }, version);
  if (!view) return [];
  return POD_RULES.flatMap((rule) => rule.check(view).map((finding) => stamp(rule, finding)));
}
