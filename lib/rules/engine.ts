import { toJobView, type ManifestKind } from '../manifest/job-view';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';
import { ALL_RULES } from './index';
import { stamp, type Rule } from './rule';
import { TriggerIndex } from './triggers';

/** The rules that check each kind, in registry order: dispatch once, not per rule per document. */
const RULES_BY_KIND: Readonly<Record<ManifestKind, readonly Rule[]>> = {
  Job: ALL_RULES.filter((rule) => rule.appliesTo.includes('Job')),
  CronJob: ALL_RULES.filter((rule) => rule.appliesTo.includes('CronJob')),
};

/** Their checks, read once: rules differ in shape, and reading `check` off each per document is a slow lookup. */
const CHECKS_BY_KIND: Readonly<Record<ManifestKind, ReadonlyArray<Rule['check']>>> = {
  Job: RULES_BY_KIND.Job.map((rule) => rule.check),
  CronJob: RULES_BY_KIND.CronJob.map((rule) => rule.check),
};

/** Which rules of each kind a document's fields trigger (`Rule.triggers`). */
const TRIGGERS_BY_KIND: Readonly<Record<ManifestKind, TriggerIndex>> = {
  Job: new TriggerIndex(RULES_BY_KIND.Job),
  CronJob: new TriggerIndex(RULES_BY_KIND.CronJob),
};

/**
 * Every rule of the engine that the document triggers, on one plain-data document, in registry
 * order, or `undefined` when it is not a batch Job or CronJob (nothing for the rules to judge).
 */
export function runRules(manifest: unknown, version: KubernetesVersion): Violation[] | undefined {
  const view = toJobView(manifest, version);
  if (!view) return undefined;
  const violations: Violation[] = [];
  const rules = RULES_BY_KIND[view.kind];
  const checks = CHECKS_BY_KIND[view.kind];
  // A rule none of whose triggers is present returns no finding: skipped, it costs nothing.
  const run = TRIGGERS_BY_KIND[view.kind].toRun(view);
  // Indexed loops: ~100 rules per document, almost all returning no finding.
  for (let i = 0; i < rules.length; i++) {
    if (!run.has(i)) continue;
    const rule = rules[i];
    const findings = checks[i].call(rule, view);
    for (let j = 0; j < findings.length; j++) violations.push(stamp(rule, findings[j]));
  }
  return violations;
}
