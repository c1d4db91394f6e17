export * from './versions';
export type { Severity, Violation } from './violation';
export { lintManifest, type LintOptions } from './lint';
export * from './schema';
export { formatViolation, formatHeadline } from './report/format';
export { ALL_RULES, findRule } from './rules';
export type { Rule } from './rules/rule';
export * from './k8s';
export * from './jobs';
