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
import { SynthOutputError, synthAtomically } from './synth-atomically';

function main(): number {
  const destination = process.env.CDK8S_JOBS_DIST ?? 'dist';
  const cliOutdir = process.env.CDK8S_OUTDIR;
  try {
    const kubernetesVersion = resolveKubernetesVersion(process.env.CDK8S_JOBS_KUBERNETES_VERSION);
    const files = synthAtomically((outdir) => createExamplesApp({ outdir, kubernetesVersion, printWarnings: true }), destination, {
      onWarning: (message) => console.error(`warning: ${message}`),
    });
    if (cliOutdir && path.resolve(cliOutdir) !== path.resolve(destination)) {
      try {
        fs.cpSync(destination, cliOutdir, { recursive: true });
      } catch (error) {
        // dist/ is complete; only the CLI's copy failed. Without CDK8S_OUTDIR the CLI reports the failure.
        console.error(`${destination}/ was written, but copying it to ${cliOutdir} failed: ${error instanceof Error ? error.message : String(error)}`);
        fs.rmSync(cliOutdir, { recursive: true, force: true });
        return 0;
      }
    }
    console.error(`${destination}/: ${files.length} manifest files, validated for Kubernetes ${kubernetesVersion}`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    // Only a failure before the output was touched leaves it unchanged; say so only then.
    const unchanged = !(error instanceof SynthOutputError) || error.destinationUnchanged;
    console.error(unchanged ? `synth failed; ${destination}/ was left unchanged` : `synth failed while replacing ${destination}/; check its contents`);
    // cdk8s-cli prints its own stack trace when the app exits non-zero. Run by the CLI, the app
    // signals failure by not creating CDK8S_OUTDIR instead: the CLI then prints
    // `ERROR: synthesis failed, app expected to create "<outdir>"` and exits 1.
    return cliOutdir ? 0 : 1;
  }
}

process.exitCode = main();
