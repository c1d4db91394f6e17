import { parseArgs } from 'node:util';
import { resolveKubernetesVersion, type KubernetesVersion } from '../versions';

/** Report formats of `--output`. */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats of `cdk8s-jobs rules --output`. */
export const RULES_FORMATS = ['text', 'json'] as const;

/** What makes `lint` exit with 1: errors only (the default), or warnings too. */
export const FAIL_ON = ['error', 'warning'] as const;
/** One of {@link FAIL_ON}. */
export type FailOn = (typeof FAIL_ON)[number];

/** `cdk8s-jobs lint ...` */
export interface LintCommand {
  readonly command: 'lint';
  /** Files, directories and `-`; empty: read stdin when it is not a terminal. */
  readonly paths: readonly string[];
  /** `--kubernetes-version`; else the config file's, else the default. */
  readonly kubernetesVersion?: KubernetesVersion;
  readonly output: OutputFormat;
  readonly quiet: boolean;
  /** `--config FILE`; else `.cdk8s-jobs.yaml` is looked up from the current directory. */
  readonly config?: string;
  /** `--ignore-path GLOB`, repeatable, relative to the current directory. */
  readonly ignorePaths: readonly string[];
  readonly failOn: FailOn;
}

/** What the command line asks for. */
export type Command =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'rules'; readonly output: (typeof RULES_FORMATS)[number] }
  | LintCommand;

/** A mistake on the command line: exit code 2, with the message and a pointer to `--help`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses `cdk8s-jobs [lint|rules] [options] <path...>`. @throws UsageError */
export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'kubernetes-version': { type: 'string' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        config: { type: 'string', short: 'c' },
        'ignore-path': { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('missing command: use "cdk8s-jobs lint <path...>" or "cdk8s-jobs rules"');
  if (command === 'help') return { command: 'help' };
  if (command === 'rules') {
    if (paths.length > 0) throw new UsageError('"rules" takes no paths');
    return { command: 'rules', output: oneOf('--output', values.output ?? 'text', RULES_FORMATS) };
  }
  if (command !== 'lint') throw new UsageError(`unknown command ${JSON.stringify(command)}: the commands are "lint" and "rules"`);
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  let kubernetesVersion: KubernetesVersion | undefined;
  try {
    if (values['kubernetes-version'] !== undefined) kubernetesVersion = resolveKubernetesVersion(values['kubernetes-version']);
  } catch (e) {
    throw new UsageError(`--kubernetes-version: ${e instanceof Error ? e.message : String(e)}`);
  }
  const ignorePaths = values['ignore-path'] ?? [];
  if (ignorePaths.some((g) => g.trim() === '')) throw new UsageError('--ignore-path: give a glob, e.g. --ignore-path "charts/**"');
  if (values.config !== undefined && values.config === '') throw new UsageError('--config: give a file');
  return {
    command: 'lint',
    paths,
    ...(kubernetesVersion ? { kubernetesVersion } : {}),
    output: oneOf('--output', values.output ?? 'text', OUTPUT_FORMATS),
    quiet: values.quiet ?? false,
    ...(values.config !== undefined ? { config: values.config } : {}),
    ignorePaths,
    failOn: oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_ON),
  };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unsupported ${option} ${JSON.stringify(value)}: use ${allowed.join(', ')}`);
}
