/**
 * Imports the OpenAPI definitions of a Kubernetes release that `../shared/k8s-schemas` does not
 * have: `npm run schemas:import -- 1.37 v1.37.2` (needs Go and the Go module proxy, like the
 * oracle; nothing here runs at build, test or run time).
 *
 * Reads `api/openapi-spec/swagger.json` of the `k8s.io/kubernetes` module at that version from the
 * Go module cache (downloading the module when it is missing), keeps the definitions that
 * batch/v1 Job and CronJob reach (the only ones `generate-schemas.ts` uses), and writes them with
 * sorted keys to `scripts/schema/definitions/v<minor>/_definitions.json`, the generator's
 * committed input for that minor. The generator then treats it exactly like a shared one.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KubernetesVersion } from '../lib/versions';
import { COMMITTED_DEFINITIONS_ROOT, loadDefinitions, reachableDefinitions, stableStringify, type SwaggerDefinitions } from './schema/definitions';

function moduleDir(version: string): string {
  const out = execFileSync('go', ['mod', 'download', '-json', `k8s.io/kubernetes@${version}`], {
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' },
    cwd: '/',
  });
  const dir = (JSON.parse(out) as { Dir?: string; Error?: string }).Dir;
  if (!dir) throw new Error(`go mod download k8s.io/kubernetes@${version} gave no directory: ${out}`);
  return dir;
}

function main(minor: string | undefined, version: string | undefined): void {
  if (!minor || !/^1\.\d+$/.test(minor) || !version || !/^v1\.\d+\.\d+$/.test(version) || !version.startsWith(`v${minor}.`)) {
    console.error('usage: npm run schemas:import -- <minor> <k8s.io/kubernetes version>, e.g. 1.37 v1.37.2');
    process.exit(2);
  }
  const swagger = JSON.parse(readFileSync(join(moduleDir(version), 'api', 'openapi-spec', 'swagger.json'), 'utf8')) as {
    definitions: SwaggerDefinitions;
  };
  const kept: SwaggerDefinitions = {};
  for (const root of ['io.k8s.api.batch.v1.Job', 'io.k8s.api.batch.v1.CronJob']) {
    kept[root] = swagger.definitions[root];
    for (const name of reachableDefinitions(swagger.definitions, root)) kept[name] = swagger.definitions[name];
  }
  const dir = join(COMMITTED_DEFINITIONS_ROOT, `v${minor}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, '_definitions.json');
  writeFileSync(file, stableStringify({ 'x-source': `k8s.io/kubernetes ${version} api/openapi-spec/swagger.json`, definitions: kept }));
  console.log(`${file}: ${Object.keys(kept).length} definitions from k8s.io/kubernetes ${version}`);
  printFieldChanges(minor, kept);
}

/** What the new release adds or removes against the previous minor: the catalogue rows to review. */
function printFieldChanges(minor: string, kept: SwaggerDefinitions): void {
  const previous = `1.${Number(minor.split('.')[1]) - 1}` as KubernetesVersion;
  let before: SwaggerDefinitions;
  try {
    before = loadDefinitions(previous).definitions;
  } catch {
    return;
  }
  const props = (d: unknown) => Object.keys(((d as { properties?: object } | undefined)?.properties ?? {}) as object);
  for (const name of Object.keys(kept).sort()) {
    const now = props(kept[name]);
    const then = new Set(props(before[name]));
    const added = before[name] ? now.filter((p) => !then.has(p)) : ['(new definition)'];
    const removed = [...then].filter((p) => !now.includes(p));
    if (added.length > 0 || removed.length > 0) {
      console.log(`  ${name}: ${[...added.map((p) => `+${p}`), ...removed.map((p) => `-${p}`)].join(' ')}`);
    }
  }
}

main(process.argv[2], process.argv[3]);
