/**
 * `cdk8s-jobs` (built on cdk8s-plus-28; `cdk8s-jobs/plus-33` and `cdk8s-jobs/plus-34` export the
 * same names, built on that cdk8s-plus): the Job pattern constructs, the rule engine's entry
 * points and the types they take and return.
 * @module cdk8s-jobs
 */
// The public API of `cdk8s-jobs` (and of `cdk8s-jobs/plus-33`, `cdk8s-jobs/plus-34`): the
// constructs, the rule engine's entry points and the types they take and return. Everything else
// is internal; test/package/public-api.test.ts lists the names so that a new one is a decision.
export {
  KUBERNETES_VERSIONS,
  DEFAULT_KUBERNETES_VERSION,
  UnsupportedKubernetesVersionError,
  resolveKubernetesVersion,
  type KubernetesVersion,
} from './versions';
export type { Severity, Suppression, SuppressedViolation, Violation, ViolationType } from './violation';
export { checkManifest, lintManifest, type LintOptions, type LintResult } from './lint';
export { ConfigError } from './config/errors';
export type { RuleLevel, RuleSetting, RuleSettings } from './config/rule-settings';
export { IGNORE_CHECK_PREFIX } from './suppression';
export { validateManifest, type ValidateOptions } from './schema';
export { formatViolation, formatHeadline, hintFor, type HeadlineOptions, type HintAudience } from './report/format';
export { loadDocuments, readDocuments, type YamlDocument, type YamlSyntaxError, type YamlWarning } from './yaml';
export { lintYamlText, type LintTextOptions, type TextLintOutcome } from './cli/lint-text';
export { ALL_RULES, RECOMMENDED_RULES, findRule } from './rules';
export type { Rule } from './rules/rule';
export { CompletionMode, ConditionStatus, PodFailurePolicyAction, PodFailurePolicyOperator, PodReplacementPolicy } from './k8s/enums';
export * from './jobs';
export * from './plugin';
