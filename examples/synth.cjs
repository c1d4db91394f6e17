/**
 * `npm run synth`: what `cdk8s synth` does with this repository's cdk8s.yaml, without starting the
 * cdk8s CLI, whose own start-up (~1.7 s) is longer than the whole synth of the example app.
 *
 * For a plain synth (no `--stdout`, no Helm format, no validation plugins), `cdk8s synth`:
 * 1. prints `Synthesizing application` and deletes the `output:` directory;
 * 2. runs the `app:` command with CDK8S_OUTDIR=<output> (and CDK8S_RECORD_CONSTRUCT_METADATA=false
 *    unless set) in its environment;
 * 3. exits 1 with `ERROR: synthesis failed, app expected to create "<output>"` on stderr when the app
 *    did not create that directory; otherwise prints `  - <output>/<file>` for each .yaml file in
 *    it (subfolders after files, in directory order), or `No manifests synthesized` on stderr.
 * This file does the same, running the `app:` of cdk8s.yaml (examples/launch.cjs) in this process
 * instead of through a shell: the files, dist/ (written atomically by the app) and the listing are
 * those of `cdk8s synth` (test/examples.test.ts compares the two). When cdk8s.yaml asks for
 * anything else (another app, validations, a Helm format), it runs `cdk8s synth` itself.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const LAUNCHER = 'node examples/launch.cjs';
/** The cdk8s.yaml keys this file reproduces; any other key is left to the cdk8s CLI. */
const REPRODUCED = new Set(['language', 'app', 'output', 'imports']);

/** cdk8s.yaml of the current directory, as the CLI reads it (it looks in the working directory too). */
function readConfig() {
  const file = 'cdk8s.yaml';
  if (!fs.existsSync(file)) return undefined;
  const config = require('js-yaml').load(fs.readFileSync(file, 'utf8'));
  return config && typeof config === 'object' ? config : undefined;
}

function reproducible(config) {
  return config !== undefined && config.app === LAUNCHER && typeof config.output === 'string' && Object.keys(config).every((key) => REPRODUCED.has(key));
}

/** `findManifests` of cdk8s-cli: the .yaml files of `directory`, then those of each subfolder. */
function findManifests(directory) {
  const entries = fs.readdirSync(directory, { withFileTypes: true });
  const files = entries.filter((e) => !e.isDirectory() && e.name.endsWith('.yaml')).map((e) => `${directory}/${e.name}`);
  for (const folder of entries.filter((e) => e.isDirectory())) files.push(...findManifests(`${directory}/${folder.name}`));
  return files;
}

function synth(outdir) {
  console.log('Synthesizing application');
  fs.rmSync(outdir, { recursive: true, force: true });
  process.env.CDK8S_OUTDIR = outdir;
  process.env.CDK8S_RECORD_CONSTRUCT_METADATA ??= 'false';
  require(path.join(__dirname, 'launch.cjs'));
  if (process.exitCode) {
    console.error(`ERROR: command "${LAUNCHER}" returned a non-zero exit code ${process.exitCode}`);
    process.exitCode = 1;
    return;
  }
  if (!fs.existsSync(outdir)) {
    console.error(`ERROR: synthesis failed, app expected to create "${outdir}"`);
    process.exitCode = 1;
    return;
  }
  const manifests = findManifests(outdir);
  if (manifests.length === 0) console.error('No manifests synthesized');
  for (const manifest of manifests) console.log(`  - ${manifest}`);
}

const config = readConfig();
if (reproducible(config)) {
  synth(config.output);
} else {
  const cli = path.join(__dirname, '..', 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
  const run = require('node:child_process').spawnSync(process.execPath, [cli, 'synth', '--no-check-upgrade'], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
}
