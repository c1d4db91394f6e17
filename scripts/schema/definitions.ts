/**
 * Where the schema generator's input comes from, per Kubernetes minor: the OpenAPI definitions in
 * `../shared/k8s-schemas/v<minor>.0/` when the shared folder has that release, else the copy that
 * `npm run schemas:import` committed under `scripts/schema/definitions/v<minor>/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KubernetesVersion } from '../../lib/versions';
import type { SwaggerNode } from './transform';

const REPO_ROOT = resolve(__dirname, '..', '..');
const SHARED_ROOT = resolve(REPO_ROOT, '..', 'shared', 'k8s-schemas');
/** Committed generator input for the releases `../shared/k8s-schemas` lacks. */
export const COMMITTED_DEFINITIONS_ROOT = join(REPO_ROOT, 'scripts', 'schema', 'definitions');
const REF_PREFIX = '#/definitions/';

/** Swagger `definitions`, by fully qualified name. */
export type SwaggerDefinitions = Record<string, SwaggerNode>;

/** One release's definitions and a line saying where they came from. */
export interface DefinitionSource {
  readonly definitions: SwaggerDefinitions;
  /** For the generated files' `$comment`, e.g. `the Kubernetes v1.36.0 OpenAPI definitions`. */
  readonly description: string;
}

/** The files a version's definitions can come from, in order of preference. */
export function definitionFiles(version: KubernetesVersion): string[] {
  return [join(SHARED_ROOT, `v${version}.0`, '_definitions.json'), join(COMMITTED_DEFINITIONS_ROOT, `v${version}`, '_definitions.json')];
}

/** Loads the definitions of one version; throws naming both places when neither has them. */
export function loadDefinitions(version: KubernetesVersion): DefinitionSource {
  const file = definitionFiles(version).find((f) => existsSync(f));
  if (!file) {
    throw new Error(`no OpenAPI definitions for Kubernetes ${version}: looked in ${definitionFiles(version).join(' and ')} (see docs/new-kubernetes-version.md)`);
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { definitions?: SwaggerDefinitions; 'x-source'?: string };
  if (!parsed.definitions) throw new Error(`${file}: no "definitions" block`);
  const description = parsed['x-source'] ? `the definitions of ${parsed['x-source']}` : `the Kubernetes v${version}.0 OpenAPI definitions`;
  return { definitions: parsed.definitions, description };
}

function refsOf(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) for (const n of node) refsOf(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.add(v.slice(REF_PREFIX.length));
      else refsOf(v, out);
    }
  }
}

/** Names of the definitions reachable from `root` (excluding root itself), sorted. */
export function reachableDefinitions(defs: SwaggerDefinitions, root: string): string[] {
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    const def = defs[name];
    if (!def) throw new Error(`unresolved definition ${name}`);
    const refs = new Set<string>();
    refsOf(def, refs);
    for (const r of refs) if (r !== root && !seen.has(r)) (seen.add(r), queue.push(r));
  }
  return [...seen].sort();
}

/** JSON with object keys sorted at every level (arrays keep their order: enums are ordered). */
export function stableStringify(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}
