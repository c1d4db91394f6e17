import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { GitOpsFiles } from './gitops-files';

/** Largest input read (a file, a pipe or stdin). Far above any real manifest stream. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Extensions picked up when walking a directory. Files named explicitly are read whatever their name. */
const MANIFEST_FILE = /\.(?:ya?ml|json)$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

/**
 * Something to lint: a file (or pipe) path, or stdin. `walked` is true for a file found in a
 * directory (it may be skipped as a Helm template or not Kubernetes); a file named on the
 * command line is always linted.
 */
export type Input = { readonly kind: 'path'; readonly path: string; readonly walked?: boolean } | { readonly kind: 'stdin' };

/** A path not linted, with why (ignored by a glob, a kustomization or one of its patches). */
export interface SkippedInput {
  readonly kind: 'skipped';
  readonly path: string;
  readonly reason: string;
  /** False for a walked file ignored by a glob: that needs no note. */
  readonly noted: boolean;
}

/** What the walk needs to know beyond the file system; {@link expandInputs} works without. */
export interface WalkOptions {
  /** Why a path (file or directory) is ignored, or `undefined`. */
  readonly ignored?: (path: string) => string | undefined;
  /** Kustomize and Helm awareness. */
  readonly gitops?: GitOpsFiles;
}

/** An input that cannot be read, with a one-line reason. */
export interface InputProblem {
  readonly kind: 'problem';
  readonly path: string;
  readonly reason: string;
}

/**
 * Expands command-line arguments into inputs, in argument order, each directory walked
 * recursively in name order (`node_modules` and names starting with `.` skipped, symlink loops
 * cut). Problems (missing paths, dangling links, sockets, FIFOs met in a walk) come back in line.
 */
export function* expandInputs(args: readonly string[], options: WalkOptions = {}): Generator<Input | InputProblem | SkippedInput> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const ignored = options.ignored?.(arg);
    if (ignored) {
      yield { kind: 'skipped', path: arg, reason: `ignored by ${ignored}`, noted: true };
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(arg);
    } catch (e) {
      yield { kind: 'problem', path: arg, reason: reasonOf(e) };
      continue;
    }
    if (stats.isDirectory()) yield* walk(arg, new Set(), options);
    else if (stats.isSocket()) yield { kind: 'problem', path: arg, reason: 'is a socket, not a file' };
    else yield { kind: 'path', path: arg }; // regular files, and pipes such as <(helm template .)
  }
}

function* walk(dir: string, seen: Set<string>, options: WalkOptions): Generator<Input | InputProblem | SkippedInput> {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    yield { kind: 'problem', path: dir, reason: reasonOf(e) };
    return;
  }
  options.gitops?.noteDirectory(dir);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .git, .github, .vscode, .idea, and dot files such as .cdk8s-jobs.yaml
    const path = join(dir, entry.name);
    const ignored = options.ignored?.(path);
    if (ignored) {
      if (MANIFEST_FILE.test(entry.name)) yield { kind: 'skipped', path, reason: `ignored by ${ignored}`, noted: false };
      continue;
    }
    const manifest = MANIFEST_FILE.test(entry.name);
    // The entry's type comes with the listing; only links (and odd file systems) need a stat.
    let type: Dirent | Stats = entry;
    if (entry.isSymbolicLink() || (!entry.isFile() && !entry.isDirectory() && manifest)) {
      try {
        type = statSync(path);
      } catch (e) {
        if (manifest) yield { kind: 'problem', path, reason: reasonOf(e) };
        continue;
      }
    }
    if (type.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) yield* walk(path, seen, options);
    } else if (manifest) {
      // A FIFO or device in a tree could block or never end: only regular files are read.
      const gitops = type.isFile() ? options.gitops?.skipBeforeRead(path) : undefined;
      if (gitops) yield { kind: 'skipped', path, reason: gitops, noted: true };
      else if (type.isFile()) yield { kind: 'path', path, walked: true };
      else yield { kind: 'problem', path, reason: 'is not a regular file (FIFO, socket or device), skipped' };
    }
  }
}

/**
 * Reads a whole file or pipe until end of file, refusing more than {@link MAX_INPUT_BYTES}. The
 * size a regular file reports is only a first guess: files under /proc and /sys report 0 (or a
 * page) whatever they hold, and a file may grow while it is read.
 */
export function readInput(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stats.isFile() && stats.size > MAX_INPUT_BYTES) throw tooLarge();
    return readToEnd(fd, stats.isFile() ? stats.size : 0);
  } finally {
    closeSync(fd);
  }
}

function readToEnd(fd: number, expected: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // One read of the expected size (plus one byte to see the end), then 64 KiB at a time.
  let next = expected > 0 ? expected + 1 : 1 << 16;
  for (;;) {
    const chunk = Buffer.allocUnsafe(next);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue; // non-blocking pipe, not ready yet
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw tooLarge();
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    next = 1 << 16;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** Reads all of stdin (asynchronously: stdin may be a non-blocking pipe or a terminal). */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge();
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(): Error {
  return Object.assign(new Error(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, not read`), { code: 'ETOOBIG' });
}

/** A one-line reason for a file-system error, without Node's syscall noise. */
export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory (or a dangling symlink)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENXIO':
      return 'is a socket or a device with nothing behind it';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ETOOBIG':
      return err.message;
    default:
      return err?.message ?? String(e);
  }
}
