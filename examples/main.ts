/**
 * Entry point of the example app, run by `cdk8s synth` (cdk8s.yaml) or directly with
 * `npx tsx examples/main.ts`. Writes validated YAML to dist/ (or $CDK8S_JOBS_DIST), atomically:
 * when synth fails, it prints every problem and leaves dist/ as it was.
 *
 * Environment:
 * - CDK8S_JOBS_KUBERNETES_VERSION: target version, one of KUBERNETES_VERSIONS ("1.28" by default).
 * - CDK8S_JOBS_DIST: where the manifests go (default "dist").
 * - CDK8S_OUTDIR: set by cdk8s-cli to the `output` of cdk8s.yaml; it gets a copy of the manifests
 *   so the CLI can list them (the CLI deletes that directory before every run, which is why it is
 *   not dist/ itself).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveKubernetesVersion } from '../lib';
import { createExamplesApp } from './app';
import { synthAtomically } from './synth-atomically';

function main(): number {
  const destination = process.env.CDK8S_JOBS_DIST ?? 'dist';
  const cliOutdir = process.env.CDK8S_OUTDIR;
  try {
    const kubernetesVersion = resolveKubernetesVersion(process.env.CDK8S_JOBS_KUBERNETES_VERSION);
    const files = synthAtomically((outdir) => createExamplesApp({ outdir, kubernetesVersion, printWarnings: true }), destination);
    if (cliOutdir && path.resolve(cliOutdir) !== path.resolve(destination)) {
      fs.cpSync(destination, cliOutdir, { recursive: true });
    }
    console.error(`${destination}/: ${files.length} manifest files, validated for Kubernetes ${kubernetesVersion}`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(`synth failed; ${destination}/ was left unchanged`);
    // cdk8s-cli prints its own stack trace when the app exits non-zero. Run by the CLI, the app
    // signals failure by not creating CDK8S_OUTDIR instead: the CLI then prints
    // `ERROR: synthesis failed, app expected to create "<outdir>"` and exits 1.
    return cliOutdir ? 0 : 1;
  }
}

process.exitCode = main();
