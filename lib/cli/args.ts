import { parseArgs } from 'node:util';
import { DEFAULT_KUBERNETES_VERSION, resolveKubernetesVersion, type KubernetesVersion } from '../versions';

/** Report formats of `--output`. */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What the command line asks for. */
export type Command =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | {
      readonly command: 'lint';
      readonly paths: readonly string[];
      readonly kubernetesVersion: KubernetesVersion;
      readonly output: OutputFormat;
      readonly quiet: boolean;
    };

/** A mistake on the command line: exit code 2, with the message and a pointer to `--help`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses `cdk8s-jobs [lint] [options] <path...>`. @throws UsageError */
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
  if (command === undefined) throw new UsageError('missing command: use "cdk8s-jobs lint <path...>"');
  if (command === 'help') return { command: 'help' };
  if (command !== 'lint') throw new UsageError(`unknown command ${JSON.stringify(command)}: the only command is "lint"`);
  if (paths.length === 0) throw new UsageError('no input: give files, directories, or - for stdin');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
  const output = values.output ?? 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(output)) {
    throw new UsageError(`unsupported --output ${JSON.stringify(output)}: use ${OUTPUT_FORMATS.join(', ')}`);
  }
  let kubernetesVersion: KubernetesVersion;
  try {
    kubernetesVersion = resolveKubernetesVersion(values['kubernetes-version'] ?? DEFAULT_KUBERNETES_VERSION);
  } catch (e) {
    throw new UsageError(`--kubernetes-version: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { command: 'lint', paths, kubernetesVersion, output: output as OutputFormat, quiet: values.quiet ?? false };
}
