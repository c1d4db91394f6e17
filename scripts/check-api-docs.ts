/**
 * CI check (`npm run docs:check`): the API reference in docs/api is what `npm run docs:api`
 * (typedoc, from the JSDoc of the public entry points) generates from the current source.
 * Generates into a temporary folder and compares every file; exits 1 listing the differences.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const COMMITTED = join(ROOT, 'docs', 'api');

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const out = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-api-docs-'));
try {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out, '--logLevel', 'Warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = new Map(filesUnder(out).map((f) => [relative(out, f), readFileSync(f, 'utf8')]));
  const committed = new Map(filesUnder(COMMITTED).map((f) => [relative(COMMITTED, f), readFileSync(f, 'utf8')]));
  const differing = [...new Set([...fresh.keys(), ...committed.keys()])].filter((f) => fresh.get(f) !== committed.get(f)).sort();
  if (differing.length > 0) {
    process.stderr.write(`docs/api is out of date (run npm run docs:api): ${differing.map((f) => `docs/api/${f}`).join(', ')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`docs/api is up to date (${fresh.size} files)\n`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
