import { batchKindOf } from './manifest/classify';
import { toJobView, type ManifestKind } from './manifest/job-view';
import { ALL_RULES } from './rules';
import { stamp, type Rule } from './rules/rule';
import { validateManifest } from './schema/validate-manifest';
import { resolveKubernetesVersion } from './versions';
import type { Violation } from './violation';

/** The rules that check each kind, in registry order: dispatch once, not per rule per document. */
const RULES_BY_KIND: Readonly<Record<ManifestKind, readonly Rule[]>> = {
  Job: ALL_RULES.filter((rule) => rule.appliesTo.includes('Job')),
  CronJob: ALL_RULES.filter((rule) => rule.appliesTo.includes('CronJob')),
};

/** Options for {@link lintManifest}. */
export interface LintOptions {
  /**
   * The Kubernetes version the manifest is meant for, "1.28" to "1.36" ("v1.30" and "1.30.2"
   * are accepted too).
   * @default "1.28"
   */
  readonly kubernetesVersion?: string;
}

/**
 * Every finding for one document: the strict schema of the target version, the apiVersion check,
 * and every rule of the engine, as the API server would judge a create. Never throws on odd
 * input; throws only for an unsupported `kubernetesVersion`.
 *
 * Where a rule and the schema both report an error at the same field, only the rule's finding
 * is kept: it carries the server's wording and a specific hint.
 */
export function lintManifest(manifest: unknown, options: LintOptions = {}): Violation[] {
  const kubernetesVersion = resolveKubernetesVersion(options.kubernetesVersion);
  const schemaViolations = validateManifest(manifest, { kubernetesVersion });
  const view = batchKindOf(manifest) ? toJobView(manifest, kubernetesVersion) : undefined;
  if (!view) return schemaViolations;

  const ruleViolations: Violation[] = [];
  for (const rule of RULES_BY_KIND[view.kind]) {
    for (const finding of rule.check(view)) ruleViolations.push(stamp(rule, finding));
  }
  if (schemaViolations.length === 0) return ruleViolations;
  const ruleErrorPaths = new Set(ruleViolations.filter((v) => v.severity === 'error').map((v) => v.path));
  return [...schemaViolations.filter((v) => !ruleErrorPaths.has(v.path)), ...ruleViolations];
}
