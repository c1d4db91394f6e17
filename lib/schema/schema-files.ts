import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ManifestKind } from '../manifest/job-view';
import type { KubernetesVersion } from '../versions';

const PACKAGE_NAME = 'cdk8s-jobs';
let cachedRoot: string | undefined;

/**
 * The package root (the folder holding `package.json` and `schemas/`), found by walking up from
 * this file: `lib/schema/` when run from sources (vitest, tsx), `build/lib/schema/` after
 * `npm run build`, `node_modules/cdk8s-jobs/build/lib/schema/` when installed.
 * @throws Error when no such folder exists above this file
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    if (isPackageRoot(dir)) return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cdk8s-jobs: cannot find the package's schemas/ folder above ${__dirname}`);
    dir = parent;
  }
}

function isPackageRoot(dir: string): boolean {
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg) || !existsSync(join(dir, 'schemas'))) return false;
  try {
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** Path of the generated schema of one version and kind: `schemas/v1.28/job.json`. */
export function schemaFile(version: KubernetesVersion, kind: ManifestKind): string {
  return join(packageRoot(), 'schemas', `v${version}`, `${kind.toLowerCase()}.json`);
}

/** The generated JSON Schema of one version and kind, parsed. */
export function loadSchema(version: KubernetesVersion, kind: ManifestKind): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaFile(version, kind), 'utf8')) as Record<string, unknown>;
}
