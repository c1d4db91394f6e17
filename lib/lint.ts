import { resolveRuleSettings, type ResolvedRuleSettings, type RuleSettings } from './config/rule-settings';
import { ConfigError } from './config/errors';
import { batchKindOf } from './manifest/classify';
import { runRules } from './rules/engine';
import { toJobView } from './manifest/job-view';
import { mergeSchemaFindings } from './rules/schema-merge';
import { toPlainData } from './manifest/plain-data';
import { kubernetesVersionOption, unreadableManifest, validatePlainManifest } from './schema/validate-manifest';
import { applySuppressions } from './suppression';
import { resolveKubernetesVersion, type KubernetesVersion, type UnsupportedKubernetesVersionError } from './versions';
import type { SuppressedViolation, Violation } from './violation';

/** Options for {@link lintManifest}. */
export interface LintOptions {
  /**
   * The Kubernetes version the manifest is meant for, one of `KUBERNETES_VERSIONS` ("v1.30" and "1.30.2"
   * are accepted too).
   * @default "1.28"
   */
  readonly kubernetesVersion?: string;
  /**
   * Rule levels, as in `.cdk8s-jobs.yaml`: `{ "job-ttl-after-finished": "off" }`; an API-server
   * error needs a reason to be turned down: `{ level: "off", reason: "..." }`.
   * @default {} (every rule at its own severity)
   */
  readonly rules?: RuleSettings | ResolvedRuleSettings;
}

/** Every finding of one document, split into those that count and those silenced. */
export interface LintResult {
  /** The findings that count (errors fail, warnings report). */
  readonly violations: Violation[];
  /** Findings silenced by an `ignore-check.cdk8s-jobs.io/<rule-id>` annotation or an `off` rule. */
  readonly suppressed: SuppressedViolation[];
}

/**
 * Every finding for one document: the strict schema of the target version, the apiVersion check,
 * and every rule of the engine, as the API server would judge a create, after the rule levels of
 * `options.rules` and the object's `ignore-check.cdk8s-jobs.io/<rule-id>` annotations. Never
 * throws on odd input: a value that is not plain data (a cycle, a throwing getter or proxy,
 * nesting past 1,000 levels) is one `schema` finding. Throws only
 * {@link UnsupportedKubernetesVersionError} for a `kubernetesVersion` outside the supported ones,
 * and `ConfigError` for invalid `rules` (`options` itself may be null).
 *
 * Where a rule and the schema both report an error at the same field, only the rule's finding
 * is kept (it carries the server's wording and a specific hint), unless the field cannot be
 * decoded at all (a wrong JSON type, an integer too wide): the server stops at that, so the
 * schema's finding is kept.
 */
export function lintManifest(manifest: unknown, options: LintOptions | null = {}): Violation[] {
  return checkManifest(manifest, options).violations;
}

/**
 * {@link lintManifest} with the silenced findings kept (for reports that list and count them).
 * @throws UnsupportedKubernetesVersionError, ConfigError
 */
export function checkManifest(manifest: unknown, options: LintOptions | null = {}): LintResult {
  const kubernetesVersion = resolveKubernetesVersion(kubernetesVersionOption(options));
  const rules = resolvedRules(rulesOption(options));
  const plain = toPlainData(manifest);
  if ('problem' in plain) return { violations: [unreadableManifest(plain.problem)], suppressed: [] };
  return checkPlainManifest(plain.value, kubernetesVersion, rules);
}

/**
 * {@link checkManifest} for a value known to be plain data (a parsed YAML document): no copy.
 * @internal
 */
export function checkPlainManifest(manifest: unknown, kubernetesVersion: KubernetesVersion, rules: ResolvedRuleSettings = new Map()): LintResult {
  const schemaViolations = validatePlainManifest(manifest, kubernetesVersion);
  const ruleViolations = batchKindOf(manifest) ? runRules(manifest, kubernetesVersion) : undefined;
  if (!ruleViolations) return applySuppressions(schemaViolations, manifest, rules);
  if (schemaViolations.length === 0) return applySuppressions(ruleViolations, manifest, rules);
  const merged = mergeSchemaFindings(schemaViolations, ruleViolations, toJobView(manifest, kubernetesVersion));
  return applySuppressions(merged, manifest, rules);
}

/**
 * {@link lintManifest} for a value known to be plain data (a parsed YAML document): no copy.
 * @internal
 */
export function lintPlainManifest(manifest: unknown, kubernetesVersion: KubernetesVersion): Violation[] {
  return checkPlainManifest(manifest, kubernetesVersion).violations;
}

/** `options.rules`, read as defensively as the version: null or unreadable options give none. */
function rulesOption(options: unknown): LintOptions['rules'] {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    return (options as LintOptions).rules;
  } catch {
    return undefined;
  }
}

/**
 * Rule levels as the engine uses them; `ConfigError` for unknown ids or levels.
 * @internal
 */
export function resolvedRules(rules: LintOptions['rules']): ResolvedRuleSettings {
  if (rules === undefined) return new Map();
  if (rules instanceof Map) return rules;
  const problems: string[] = [];
  const resolved = resolveRuleSettings(rules, 'rules', problems);
  if (problems.length > 0) throw new ConfigError('lint options', problems);
  return resolved;
}
