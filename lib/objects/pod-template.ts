import { toJobView } from '../manifest/job-view';
import { POD_RULES } from '../rules/pod';
import { stamp } from '../rules/rule';
import { TriggerIndex } from '../rules/triggers';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';

/** Which pod rules a template's fields trigger (`Rule.triggers`), as the engine skips them for a Job. */
const POD_TRIGGERS = new TriggerIndex(POD_RULES);

/**
 * The seam where the engine's pod-template rules judge a Deployment's pod template (the
 * `WorkQueue` server), as they judge a Job's. The template is wrapped in a Job whose
 * `spec.template` it is, so a finding's path (`spec.template.spec.containers[0].image`) is the
 * Deployment's own, and only the rules of `POD_RULES` run: they check a PodTemplateSpec as such.
 * A pod rule that holds for Jobs only belongs in the job group (as `job-restart-policy` does),
 * not in `POD_RULES`. A rule none of whose triggers is present is skipped, as in `runRules`.
 */
export function podTemplateViolations(template: unknown, version: KubernetesVersion): Violation[] {
  const view = toJobView({ apiVersion: 'batch/v1', kind: 'Job', metadata: {}, spec: { template } }, version);
  if (!view) return [];
  const run = POD_TRIGGERS.toRun(view);
  const out: Violation[] = [];
  POD_RULES.forEach((rule, i) => {
    if (run.has(i)) for (const finding of rule.check(view)) out.push(stamp(rule, finding));
  });
  return out;
}
