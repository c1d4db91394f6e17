import { batchKindOf } from './manifest/classify';
import { toJobView } from './manifest/job-view';
import { ALL_RULES } from './rules';
import { stamp } from './rules/rule';
import { toPlainData } from './manifest/plain-data';
import { kubernetesVersionOption, unreadableManifest, validatePlainManifest } from './schema/validate-manifest';
import { resolveKubernetesVersion, type KubernetesVersion, type UnsupportedKubernetesVersionError } from './versions';
import type { Violation } from './violation';

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
 * input: a value that is not plain data (a cycle, a throwing getter or proxy, nesting past
 * 1,000 levels) is one `schema` finding. Throws only {@link UnsupportedKubernetesVersionError}, for
 * a `kubernetesVersion` outside the supported ones (`options` itself may be null).
 *
 * Where a rule and the schema both report an error at the same field, only the rule's finding
 * is kept: it carries the server's wording and a specific hint.
 */
export function lintManifest(manifest: unknown, options: LintOptions = {}): Violation[] {
  const kubernetesVersion = resolveKubernetesVersion(kubernetesVersionOption(options));
  const plain = toPlainData(manifest);
  return 'problem' in plain ? [unreadableManifest(plain.problem)] : lintPlainManifest(plain.value, kubernetesVersion);
}

/**
 * {@link lintManifest} for a value known to be plain data (a parsed YAML document): no copy.
 * @internal
 */
export function lintPlainManifest(manifest: unknown, kubernetesVersion: KubernetesVersion): Violation[] {
  const schemaViolations = validatePlainManifest(manifest, kubernetesVersion);
  const view = batchKindOf(manifest) ? toJobView(manifest, kubernetesVersion) : undefined;
  if (!view) return schemaViolations;

  const ruleViolations: Violation[] = [];
  for (const rule of ALL_RULES) {
    if (!rule.appliesTo.includes(view.kind)) continue;
    for (const finding of rule.check(view)) ruleViolations.push(stamp(rule, finding));
  }
  const ruleErrorPaths = new Set(ruleViolations.filter((v) => v.severity === 'error').map((v) => v.path));
  return [...schemaViolations.filter((v) => !ruleErrorPaths.has(v.path)), ...ruleViolations];
}
