import { isAbsolute, relative, resolve, sep } from 'node:path';
import type picomatchType from 'picomatch';

/** Globs with the directory they are relative to (the config file's, or the current directory). */
export interface IgnoreGlobs {
  readonly baseDir: string;
  readonly globs: readonly string[];
  /** Where they came from, for the note: `--ignore-path` or the config file. */
  readonly source: string;
}

/** Why a path is ignored (the glob and its source), or `undefined`. */
export type IgnoreMatcher = (path: string) => string | undefined;

/**
 * A matcher over paths (files or directories) given as on the command line. A glob matches a
 * path relative to its base directory (`charts/**`, `**\/generated/*.yaml`, `overlays/dev`); a
 * path is also ignored when a glob matches one of its parent directories. Dot files match too.
 */
export function ignoreMatcher(sets: readonly IgnoreGlobs[]): IgnoreMatcher {
  if (sets.every(({ globs }) => globs.length === 0)) return () => undefined;
  // Loaded only when there are globs: most runs have none, and start-up is part of every run.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const picomatch = require('picomatch') as typeof picomatchType;
  const compiled = sets.flatMap(({ baseDir, globs, source }) =>
    globs.map((glob) => ({ baseDir, test: picomatch(withoutTrailingSlashes(glob), { dot: true }), label: `${source} ${JSON.stringify(glob)}` })),
  );
  return (path) => {
    const absolute = resolve(path);
    for (const { baseDir, test, label } of compiled) {
      const rel = relative(baseDir, absolute);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
      const parts = rel.split(sep);
      for (let i = parts.length; i > 0; i--) if (test(parts.slice(0, i).join('/'))) return label;
    }
    return undefined;
  };
}

/** `charts/` matches the directory `charts` (a loop, not a regular expression: linear on any input). */
function withoutTrailingSlashes(glob: string): string {
  let end = glob.length;
  while (end > 1 && glob[end - 1] === '/') end--;
  return glob.slice(0, end);
}
