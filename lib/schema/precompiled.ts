import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { ManifestKind } from '../manifest/job-view';
import type { KubernetesVersion } from '../versions';
import { packageRoot, schemaFile } from './schema-files';

/**
 * Validators generated at build time (`npm run build` runs scripts/precompile-validators.ts):
 * ajv's standalone code of the Job and CronJob schemas of one version, one CommonJS module per
 * version in `build/validators/v1.XX.js`. Loading one takes ~10 ms where loading ajv and compiling
 * the schemas takes ~150–200 ms, a large part of a cold `cdk8s synth` or `cdk8s-jobs lint`. They
 * are build output, never committed (~0.5 MB per version).
 */
export interface PrecompiledModule {
  /** {@link validatorFingerprint} of the inputs the module was generated from. */
  readonly fingerprint: string;
  readonly Job: ValidateFunction;
  readonly CronJob: ValidateFunction;
}

const AJV_VERSION = (require('ajv/package.json') as { version: string }).version;

/** Where the precompiled validators of `version` live: `build/validators/v1.28.js` under the package root. */
export function precompiledFile(version: KubernetesVersion, root: string = packageRoot()): string {
  return join(root, 'build', 'validators', `v${version}.js`);
}

/**
 * sha1 of everything the generated code depends on: the two schema files of `version` (as bytes),
 * the ajv version and the ajv options. A regenerated or hand-edited schema, an ajv upgrade or new
 * options without a rebuild change it, so stale code is never run against a newer schema.
 */
export function validatorFingerprint(version: KubernetesVersion, ajvOptions: object): string {
  const hash = createHash('sha1').update(`ajv ${AJV_VERSION} ${JSON.stringify(ajvOptions)}\n`);
  for (const kind of ['Job', 'CronJob'] as const) hash.update(readFileSync(schemaFile(version, kind)));
  return hash.digest('hex');
}

/**
 * The precompiled validators of `version` when `file` exists and was generated from exactly the
 * inputs `fingerprint` describes; `undefined` otherwise (missing, stale or unreadable: the caller
 * compiles instead, so a checkout that was never built, or a schema edited after the build, still
 * validates correctly, only slower).
 */
export function loadPrecompiled(
  fingerprint: string,
  file: string,
): Readonly<Record<ManifestKind, ValidateFunction>> | undefined {
  if (!existsSync(file)) return undefined;
  let loaded: Partial<PrecompiledModule>;
  try {
    loaded = require(file) as Partial<PrecompiledModule>;
  } catch {
    return undefined;
  }
  const { fingerprint: recorded, Job, CronJob } = loaded;
  if (recorded !== fingerprint || typeof Job !== 'function' || typeof CronJob !== 'function') return undefined;
  return { Job, CronJob };
}
