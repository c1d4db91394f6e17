import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { App } from 'cdk8s';

/** Thrown by {@link synthAtomically}; says whether the destination was left as it was. */
export class SynthOutputError extends Error {
  constructor(
    message: string,
    /** True when the destination holds exactly what it held before the call. */
    readonly destinationUnchanged: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SynthOutputError';
  }
}

/** Options for {@link synthAtomically}. */
export interface SynthAtomicallyOptions {
  /** Told about leftovers that could not be removed (the output itself is complete). @default ignored */
  readonly onWarning?: (message: string) => void;
  /**
   * Replace the files inside `destination` instead of the directory itself.
   * @default true when `destination` is a mount point (a directory on another device than its parent)
   */
  readonly inPlace?: boolean;
}

/**
 * Synthesizes an app into `destination` so that the directory is either fully replaced by
 * validated output or left untouched. `App.synth()` validates every construct before it writes a
 * file, but it writes into an existing directory (stale files stay) and a failure while writing
 * one chart leaves the others written; so the app is synthesized into a fresh staging directory,
 * which then replaces `destination`:
 * - normally by rename of the whole directory (a sibling `<destination>.next-<pid>-<random>`);
 * - when `destination` is a mount point (a volume in a container, which cannot be renamed), the
 *   staging directory is made inside it and its files replace the old ones one rename each.
 *
 * Staging folders are made with the usual mode (0777 less the umask, like `mkdir`), so the new
 * `destination` is not left private. Leftovers of earlier runs that were killed (their process is
 * gone) are removed first; a previous output that such a run had moved aside is put back.
 *
 * @param createApp builds the app for a given outdir (cdk8s fixes the outdir at construction)
 * @returns the files written, relative to `destination`
 * @throws whatever synth throws (cdk8s validation errors list every problem), `destination`
 *   unchanged; a {@link SynthOutputError} when replacing it failed, saying whether it is unchanged
 */
export function synthAtomically(createApp: (outdir: string) => App, destination: string, options: SynthAtomicallyOptions = {}): string[] {
  const warn = options.onWarning ?? (() => undefined);
  const target = path.resolve(destination);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  recoverStale(target, warn);
  const inPlace = options.inPlace ?? isMountPoint(target);
  if (inPlace) fs.mkdirSync(target, { recursive: true });
  const staging = inPlace ? path.join(target, `${STAGING_IN_PLACE}${uniqueSuffix()}`) : `${target}${NEXT}${uniqueSuffix()}`;
  fs.mkdirSync(staging);
  try {
    createApp(staging).synth();
    if (inPlace) replaceContents(staging, target);
    else replaceDirectory(staging, target);
  } finally {
    remove(staging, warn);
  }
  return fs.readdirSync(target).sort();
}

const NEXT = '.next-';
const PREVIOUS = '.previous-';
const STAGING_IN_PLACE = '.cdk8s-jobs-next-';

function uniqueSuffix(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`;
}

function isMountPoint(target: string): boolean {
  try {
    const stats = fs.statSync(target);
    return stats.isDirectory() && stats.dev !== fs.statSync(path.dirname(target)).dev;
  } catch {
    return false;
  }
}

/** Moves `source` to `target`; an existing `target` is replaced, and restored if the move fails. */
function replaceDirectory(source: string, target: string): void {
  const previous = fs.existsSync(target) ? `${target}${PREVIOUS}${uniqueSuffix()}` : undefined;
  if (previous) {
    fs.mkdirSync(previous);
    fs.renameSync(target, path.join(previous, 'dir'));
  }
  try {
    fs.renameSync(source, target);
  } catch (error) {
    if (!previous) throw new SynthOutputError(`could not move the new output into ${target}: ${messageOf(error)}`, true, { cause: error });
    try {
      fs.renameSync(path.join(previous, 'dir'), target);
    } catch (restoreError) {
      throw new SynthOutputError(
        `could not move the new output into ${target} (${messageOf(error)}), nor put the previous one back ` +
          `(${messageOf(restoreError)}): it is in ${path.join(previous, 'dir')}`,
        false,
        { cause: error },
      );
    }
    fs.rmSync(previous, { recursive: true, force: true });
    throw new SynthOutputError(`could not move the new output into ${target}: ${messageOf(error)}`, true, { cause: error });
  }
  if (previous) remove(previous, () => undefined);
}

/** For a mount point: the old entries go, then each new one is renamed up from the staging folder inside it. */
function replaceContents(staging: string, target: string): void {
  const stagingName = path.basename(staging);
  const old = fs.readdirSync(target).filter((name) => name !== stagingName);
  try {
    for (const name of old) fs.rmSync(path.join(target, name), { recursive: true, force: true });
    for (const name of fs.readdirSync(staging)) fs.renameSync(path.join(staging, name), path.join(target, name));
  } catch (error) {
    throw new SynthOutputError(`could not replace the contents of ${target} (a mount point): ${messageOf(error)}`, false, { cause: error });
  }
}

/**
 * Leftovers of runs that were killed: `<target>.next-<pid>-*` (removed), `<target>.previous-<pid>-*`
 * (its `dir` put back when `target` is missing, else removed) and in-place staging folders inside
 * `target`. A folder whose process is still running belongs to a concurrent synth and is kept.
 */
function recoverStale(target: string, warn: (message: string) => void): void {
  const parent = path.dirname(target);
  const base = path.basename(target);
  const candidates = [
    ...safeList(parent).map((name) => ({ dir: parent, name, rest: stripPrefix(name, base) })),
    ...safeList(target).map((name) => ({ dir: target, name, rest: name.startsWith(STAGING_IN_PLACE) ? NEXT + name.slice(STAGING_IN_PLACE.length) : undefined })),
  ];
  for (const { dir, name, rest } of candidates) {
    const kind = rest?.startsWith(NEXT) ? 'next' : rest?.startsWith(PREVIOUS) ? 'previous' : undefined;
    if (!rest || !kind) continue;
    const pid = Number(rest.slice(kind === 'next' ? NEXT.length : PREVIOUS.length).split('-')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || isAlive(pid)) continue;
    const full = path.join(dir, name);
    if (kind === 'previous' && !fs.existsSync(target) && fs.existsSync(path.join(full, 'dir'))) {
      try {
        fs.renameSync(path.join(full, 'dir'), target);
      } catch (error) {
        warn(`could not put back the output an interrupted synth left in ${full}: ${messageOf(error)}`);
        continue;
      }
    }
    remove(full, warn);
  }
}

function stripPrefix(name: string, base: string): string | undefined {
  return name.startsWith(base) ? name.slice(base.length) : undefined;
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false; // our own earlier, interrupted call
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function remove(dir: string, warn: (message: string) => void): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    warn(`could not remove ${dir}: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
