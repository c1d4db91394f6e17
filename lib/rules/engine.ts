import { toJobView, type ManifestKind } from '../manifest/job-view';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';
import { ALL_RULES } from './index';
import { stamp, type Rule } from './rule';

/** The rules that check each kind, in registry order: dispatch once, not per rule per document. */
const RULES_BY_KIND: Readonly<Record<ManifestKind, readonly Rule[]>> = {
  Job: ALL_RULES.filter((rule) => rule.appliesTo.includes('Job')),
  CronJob: ALL_RULES.filter((rule) => rule.appliesTo.includes('CronJob')),
};

/**
 * Every rule of the engine on one plain-data document, in registry order, or `undefined` when
 * it is not a batch Job or CronJob (nothing for the rules to judge).
 */
export function runRules(manifest: unknown, version: KubernetesVersion): Violation[] | undefined {
  const view = toJobView(manifest, version);
  if (!view) return undefined;
  const violations: Violation[] = [];
  for (const rule of RULES_BY_KIND[view.kind]) {
    for (const finding of rule.check(view)) violations.push(stamp(rule, finding));
  }
  return violations;
}
