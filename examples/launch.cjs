/**
 * What `cdk8s synth` runs (cdk8s.yaml `app:`): the example app, compiled when the build is
 * fresh, from source otherwise.
 *
 * `node --import tsx examples/main.ts` transpiles every module of lib/ that the examples import
 * on each run (about 0.4 s of a 1.3 s synth). After `npm run build` (or `npm test`),
 * build/examples/main.js is the same app compiled by tsc; it is used when it is newer than every
 * source it was built from (lib/, examples/, the tsconfig files), so an edit is never run stale:
 * edit a file and the next synth runs the sources through tsx until the next build. A fresh
 * clone (`npm ci && npm run synth`) has no build and runs the sources.
 */
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');

const ROOT = join(__dirname, '..');
const COMPILED = join(ROOT, 'build', 'examples', 'main.js');
const SOURCES = [join(ROOT, 'lib'), join(ROOT, 'examples'), join(ROOT, 'tsconfig.json'), join(ROOT, 'tsconfig.build.json')];

/** Newest modification time (ms) of the TypeScript sources and configs under `path`. */
function newestSource(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return /\.(?:ts|json)$/.test(path) ? stats.mtimeMs : 0;
  let newest = stats.mtimeMs; // a deleted or renamed file changes its directory
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, entry)));
  return newest;
}

function compiledIsFresh() {
  if (!existsSync(COMPILED)) return false;
  const built = statSync(COMPILED).mtimeMs;
  return SOURCES.every((source) => newestSource(source) <= built);
}

if (compiledIsFresh()) {
  require(COMPILED);
} else {
  // Exactly the command this launcher stands for (one more Node start-up, on this path only), with
  // tsx found from this repository rather than from the working directory.
  const tsx = pathToFileURL(require.resolve('tsx', { paths: [ROOT] })).href;
  const run = spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'examples', 'main.ts')], { stdio: 'inherit', cwd: process.cwd() });
  process.exitCode = run.status ?? 1;
}
