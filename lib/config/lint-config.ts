import { resolveKubernetesVersion, type KubernetesVersion } from '../versions';
import { didYouMean } from './did-you-mean';
import { ConfigError } from './errors';
import { resolveRuleSettings, shown, type ResolvedRuleSettings, type RuleSettings } from './rule-settings';

/** The options of `.cdk8s-jobs.yaml`, as written. */
export interface LintConfigInput {
  /**
   * Target Kubernetes version, `"1.28"` to `"1.36"` (quote it: `1.30` unquoted is 1.3).
   * `--kubernetes-version` wins over it.
   * @default "1.28"
   */
  readonly kubernetesVersion?: string;
  /** Rule id to `off`, `warning`, `error` or `{ level, reason }`. @default {} */
  readonly rules?: RuleSettings;
  /** Globs of files and directories not to lint, relative to the file's directory. @default [] */
  readonly ignorePaths?: readonly string[];
}

/** A checked configuration. */
export interface LintConfig {
  readonly kubernetesVersion?: KubernetesVersion;
  readonly rules: ResolvedRuleSettings;
  readonly ignorePaths: readonly string[];
}

/** Which keys a source accepts: the file takes all, the plugin and the context no `ignorePaths`. */
export type ConfigKey = keyof LintConfigInput;

const ALL_KEYS: readonly ConfigKey[] = ['kubernetesVersion', 'rules', 'ignorePaths'];

/**
 * Checks a configuration object and returns it resolved.
 * @throws ConfigError listing every problem, each with its key (and a "did you mean")
 */
export function parseLintConfig(value: unknown, source: string, keys: readonly ConfigKey[] = ALL_KEYS): LintConfig {
  const problems: string[] = [];
  if (value === undefined || value === null) return { rules: new Map(), ignorePaths: [] };
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(source, [`must be a mapping with ${keys.join(', ')}`]);
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if ((keys as readonly string[]).includes(key)) continue;
    const hint = didYouMean(key, keys);
    const elsewhere = (ALL_KEYS as readonly string[]).includes(key) ? `; ${key} is not used here` : hint ? `; ${hint}` : '';
    problems.push(`${shown(key)}: unknown key${elsewhere} (known: ${keys.join(', ')})`);
  }
  let kubernetesVersion: KubernetesVersion | undefined;
  if (o.kubernetesVersion !== undefined && keys.includes('kubernetesVersion')) {
    try {
      kubernetesVersion = resolveKubernetesVersion(o.kubernetesVersion);
    } catch (e) {
      problems.push(`kubernetesVersion: ${(e as Error).message}`);
    }
  }
  const rules = keys.includes('rules') ? resolveRuleSettings(o.rules, 'rules', problems) : new Map();
  const ignorePaths: string[] = [];
  if (o.ignorePaths !== undefined && keys.includes('ignorePaths')) {
    if (!Array.isArray(o.ignorePaths)) problems.push('ignorePaths: must be a list of globs');
    else
      o.ignorePaths.forEach((g, i) => {
        if (typeof g === 'string' && g.trim() !== '') ignorePaths.push(g);
        else problems.push(`ignorePaths[${i}]: must be a non-empty glob string`);
      });
  }
  if (problems.length > 0) throw new ConfigError(source, problems);
  return { ...(kubernetesVersion ? { kubernetesVersion } : {}), rules, ignorePaths };
}
