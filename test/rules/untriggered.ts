/**
 * The proof obligation of `Rule.triggers`: a rule none of whose triggers is present in a document
 * returns no finding when it is run anyway. The engine skips such rules; this runs them.
 */
import { toJobView } from '../../lib/manifest/job-view';
import { ALL_RULES } from '../../lib/rules';
import { isTriggered, presentTriggers } from '../../lib/rules/triggers';
import { resolveKubernetesVersion } from '../../lib/versions';

/** One skipped rule that would have reported: its id and the paths of its findings. */
export interface SkippedFinding {
  readonly rule: string;
  readonly paths: readonly string[];
}

/** The rules the engine skips on `manifest` at `version` that return findings when run (none, when triggers are right). */
export function untriggeredFindings(manifest: unknown, version: string): SkippedFinding[] {
  const view = toJobView(manifest, resolveKubernetesVersion(version));
  if (!view) return [];
  const present = presentTriggers(view);
  const out: SkippedFinding[] = [];
  for (const rule of ALL_RULES) {
    if (!rule.appliesTo.includes(view.kind) || isTriggered(rule, present)) continue;
    const findings = rule.check(view);
    if (findings.length > 0) out.push({ rule: rule.id, paths: findings.map((f) => f.path) });
  }
  return out;
}
