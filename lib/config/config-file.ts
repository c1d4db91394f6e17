import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { decodeText, loadDocuments } from '../yaml';
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
  const docs = loadDocuments(decoded.text);
  const broken = docs.find((d) => d.error);
  if (broken?.error) throw new ConfigError(file, [`line ${broken.error.line}, column ${broken.error.column}: ${broken.error.message}`]);
  if (docs.length > 1) throw new ConfigError(file, ['must hold one YAML document']);
  return { ...parseLintConfig(docs[0]?.value, file), file, baseDir: dirname(resolve(file)) };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
