import { allRuleInfo, YAML_SYNTAX } from '../cli/rule-catalog';
import type { Severity } from '../violation';
import { didYouMean } from './did-you-mean';

/** What a configuration may set a rule to. */
export const RULE_LEVELS = ['off', 'warning', 'error'] as const;
/** One of {@link RULE_LEVELS}: `off` silences the rule (its findings are kept as suppressed). */
export type RuleLevel = (typeof RULE_LEVELS)[number];

/**
 * A rule's setting: a level, or a level with the reason for it. Turning an API-server error
 * (a rule of severity `error`) `off` or down to `warning` needs a reason: the object would still
 * be refused, so the configuration must say why the finding is wrong here.
 */
export type RuleSetting = RuleLevel | { readonly level: RuleLevel; readonly reason?: string };

/** Rule id to setting, as written in `.cdk8s-jobs.yaml` (`rules:`), plugin properties or context. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** A checked setting. */
export interface ResolvedRuleSetting {
  readonly level: RuleLevel;
  readonly reason: string;
}

/** Checked settings by rule id. */
export type ResolvedRuleSettings = ReadonlyMap<string, ResolvedRuleSetting>;

/** The rule ids a configuration may name (every rule, the schema and removed APIs; not `yaml-syntax`). */
export function configurableRules(): Map<string, Severity> {
  return new Map(allRuleInfo().filter((r) => r.id !== YAML_SYNTAX).map((r) => [r.id, r.severity]));
}

/**
 * Checks rule settings and returns them resolved, with one problem line per mistake (unknown
 * ids with a "did you mean", unknown levels, an API-server error turned down without a reason).
 * `at` prefixes each problem (`rules`).
 */
export function resolveRuleSettings(value: unknown, at: string, problems: string[]): ResolvedRuleSettings {
  const out = new Map<string, ResolvedRuleSetting>();
  if (value === undefined || value === null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${at}: must be a mapping of rule id to ${RULE_LEVELS.join(' | ')}`);
    return out;
  }
  const known = configurableRules();
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const where = `${at}.${shown(id)}`;
    const severity = known.get(id);
    if (severity === undefined) {
      const hint = id === YAML_SYNTAX ? 'yaml-syntax cannot be configured: kubectl applies nothing from a document it cannot read' : didYouMean(id, known.keys());
      problems.push(`${where}: unknown rule id${hint ? `; ${hint}` : ''} (cdk8s-jobs rules lists them)`);
      continue;
    }
    const resolved = resolveOne(setting, where, problems);
    if (!resolved) continue;
    if (severity === 'error' && resolved.level !== 'error' && resolved.reason.trim() === '') {
      problems.push(
        `${where}: ${id} is an API-server error (the object would be refused); to turn it ${resolved.level === 'off' ? 'off' : 'down to a warning'}, ` +
          `state why: { level: ${resolved.level}, reason: "..." }`,
      );
      continue;
    }
    out.set(id, resolved);
  }
  return out;
}

function resolveOne(setting: unknown, where: string, problems: string[]): ResolvedRuleSetting | undefined {
  // YAML 1.1 readers (cdk8s.yaml through some tools) turn an unquoted off into false.
  if (setting === false) return { level: 'off', reason: '' };
  if (typeof setting === 'string') {
    if (isLevel(setting)) return { level: setting, reason: '' };
    problems.push(`${where}: unsupported level ${shown(setting)}: use ${RULE_LEVELS.join(', ')}${hintFor(setting)}`);
    return undefined;
  }
  if (typeof setting === 'object' && setting !== null && !Array.isArray(setting)) {
    const { level, reason, ...rest } = setting as Record<string, unknown>;
    let ok = true;
    for (const key of Object.keys(rest)) {
      problems.push(`${where}.${shown(key)}: unknown key${withHint(didYouMean(key, ['level', 'reason']))}`);
      ok = false;
    }
    if (typeof level !== 'string' || !isLevel(level)) {
      problems.push(`${where}.level: must be one of ${RULE_LEVELS.join(', ')}${typeof level === 'string' ? hintFor(level) : ''}`);
      ok = false;
    }
    if (reason !== undefined && typeof reason !== 'string') {
      problems.push(`${where}.reason: must be a string`);
      ok = false;
    }
    return ok ? { level: level as RuleLevel, reason: (reason as string | undefined) ?? '' } : undefined;
  }
  problems.push(`${where}: must be ${RULE_LEVELS.join(', ')} or { level, reason }`);
  return undefined;
}

function isLevel(s: string): s is RuleLevel {
  return (RULE_LEVELS as readonly string[]).includes(s);
}

function hintFor(level: string): string {
  return withHint(didYouMean(level, [...RULE_LEVELS, 'warn']).replace('"warn"', '"warning"'));
}

function withHint(hint: string): string {
  return hint ? `; ${hint}` : '';
}

/** A user-supplied key or value, quoted and cut, safe to print on one line. */
export function shown(s: string): string {
  const cut = s.length > 80 ? `${s.slice(0, 80)}…` : s;
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(cut) ? cut : JSON.stringify(cut);
}
