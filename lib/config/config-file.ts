import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { decodeText } from '../yaml';
import { ConfigError } from './errors';
import { parseLintConfig, type LintConfig } from './lint-config';

/** The configuration file's name, looked up from the current directory upwards. */
export const CONFIG_FILE_NAME = '.cdk8s-jobs.yaml';

/** Larger than any real configuration: refused before parsing. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A configuration read from a file, with the directory its `ignorePaths` are relative to. */
export interface LoadedConfig extends LintConfig {
  /** The file it was read from. */
  readonly file: string;
  /** Its directory: `ignorePaths` are relative to it. */
  readonly baseDir: string;
}

/**
 * `.cdk8s-jobs.yaml` in `startDir` or the nearest parent that has one, stopping at the
 * repository root (a directory holding `.git`) or the file-system root.
 */
export function findConfigFile(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (existsSync(join(dir, '.git')) || parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Reads and checks a configuration file (YAML, one document; an empty file is an empty config).
 * @throws ConfigError for a file that cannot be read or parsed, or a configuration with mistakes
 */
export function loadConfigFile(file: string): LoadedConfig {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_CONFIG_BYTES) throw new Error(`larger than ${MAX_CONFIG_BYTES / 1024} KiB`);
    bytes = readFileSync(file);
  } catch (e) {
    throw new ConfigError(file, [`cannot be read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`]);
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) throw new ConfigError(file, [`is not UTF-8 text (line ${decoded.error.line})`]);
  // YAML 1.2 (the yaml package), not the manifests' go-yaml reading: `off` stays the string "off".
  // The `yaml` package only when there is a configuration to read: most runs have none, and it costs a tenth of a second to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseAllDocuments } = require('yaml') as typeof import('yaml');
  const docs = parseAllDocuments(decoded.text, { uniqueKeys: true, prettyErrors: false });
  if (!Array.isArray(docs)) return { ...parseLintConfig(undefined, file), file, baseDir: dirname(resolve(file)) };
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
      throw new ConfigError(file, [`line ${line}, column ${column}: ${error.message.split('\n')[0]}`]);
    }
  }
  if (docs.length > 1) throw new ConfigError(file, ['must hold one YAML document']);
  let value: unknown;
  try {
    value = docs[0]?.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError(file, [(e as Error).message.split('\n')[0]]);
  }
  return { ...parseLintConfig(value, file), file, baseDir: dirname(resolve(file)) };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
