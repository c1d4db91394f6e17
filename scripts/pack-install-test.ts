/**
 * The pack-and-install test (run by .ci/run; it needs the npm registry, so it is not part of
 * `npm test`): packs the package as `npm publish` would and installs the tarball into fresh apps
 * laid out as `cdk8s init typescript-app` lays them out (its tsconfig.json, copied from the
 * cdk8s-cli template: strict, no `skipLibCheck`; its `@types/node` and `typescript` ranges),
 * one app per line of APPS: the low end of the peer ranges, and the newest cdk8s with each
 * cdk8s-plus major. Each app must
 * - compile with `tsc`, passing its own cdk8s-plus `ConfigMap`, `Volume` and `ServiceAccount` to
 *   the constructs of the matching entry point (`cdk8s-jobs`, `cdk8s-jobs/plus-33`, ...);
 * - synthesize (`node main.js` writes dist/batch.k8s.yaml with the expected kinds);
 * - refuse, at synth, a plain cdk8s-plus Job with `restartPolicy: Always` under `validateOnSynth`
 *   (`node invalid.js` exits non-zero naming job-restart-policy);
 * - lint its synthesized YAML with the installed `cdk8s-jobs` command (the CLI bundle);
 * - hold exactly one copy of cdk8s, constructs and its cdk8s-plus, and no other cdk8s-plus.
 * `npm pack --json`'s stdout must parse as JSON (the build it runs prints to stderr only).
 *
 * Installs run in parallel with one shared npm cache and `--prefer-offline`.
 *
 *   npx tsx scripts/pack-install-test.ts        # KEEP=1 keeps the apps' folder
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

interface AppSpec {
  readonly name: string;
  readonly cdk8s: string;
  readonly constructs: string;
  readonly plus: 28 | 33 | 34;
  readonly plusVersion: string;
}

const PEERS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies;
/** `^2.68.12` -> `2.68.12`: the lowest version a caret range admits. */
const low = (range: string) => range.replace(/^\^/, '');

const APPS: readonly AppSpec[] = [
  { name: 'low-plus-28', cdk8s: low(PEERS.cdk8s), constructs: low(PEERS.constructs), plus: 28, plusVersion: low(PEERS['cdk8s-plus-28']) },
  { name: 'low-plus-33', cdk8s: low(PEERS.cdk8s), constructs: low(PEERS.constructs), plus: 33, plusVersion: low(PEERS['cdk8s-plus-33']) },
  { name: 'low-plus-34', cdk8s: low(PEERS.cdk8s), constructs: low(PEERS.constructs), plus: 34, plusVersion: low(PEERS['cdk8s-plus-34']) },
  { name: 'latest-plus-28', cdk8s: 'latest', constructs: 'latest', plus: 28, plusVersion: 'latest' },
  { name: 'latest-plus-33', cdk8s: 'latest', constructs: 'latest', plus: 33, plusVersion: 'latest' },
  { name: 'latest-plus-34', cdk8s: 'latest', constructs: 'latest', plus: 34, plusVersion: 'latest' },
];

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function must(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Run> {
  const r = await run(command, args, cwd, env);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${r.code}\n${r.stdout}${r.stderr}`);
  return r;
}

function entryPoint(plus: number): string {
  return plus === 28 ? 'cdk8s-jobs' : `cdk8s-jobs/plus-${plus}`;
}

function mainTs(spec: AppSpec): string {
  return `import { App, Chart, Cron } from 'cdk8s';
import * as kplus from 'cdk8s-plus-${spec.plus}';
import { CronJob, CronJobTemplate, IndexedJob, OneShotJob, WorkQueue, WorkQueueJob, validateOnSynth } from '${entryPoint(spec.plus)}';

const app = new App();
const chart = new Chart(app, 'batch', { disableResourceNameHashes: true });
validateOnSynth(chart);
// the app's own cdk8s-plus objects pass straight into the constructs
const config = new kplus.ConfigMap(chart, 'config', { data: { mode: 'fast' } });
const runner = new kplus.ServiceAccount(chart, 'runner');
const volume = kplus.Volume.fromConfigMap(chart, 'config-volume', config);
new OneShotJob(chart, 'migrate', {
  serviceAccount: runner,
  volumes: [volume],
  containers: [{ image: 'migrate:1', volumeMounts: [{ path: '/etc/config', volume }] }],
});
const queue = new WorkQueue(chart, 'queue', { image: 'redis:7', port: 6379, name: 'queue' });
new WorkQueueJob(chart, 'workers', { parallelism: 2, queue, containers: [{ image: 'worker:1' }] });
IndexedJob.withWorkItems(chart, 'shards', { workItems: ['a', 'b'], containers: [{ image: 'shard:1' }] });
new CronJob(chart, 'nightly', { schedule: Cron.daily(), jobTemplate: CronJobTemplate.oneShot(), containers: [{ image: 'report:1' }] });
new kplus.Job(chart, 'plain', { containers: [{ image: 'busybox' }] });
app.synth();
`;
}

function invalidTs(spec: AppSpec): string {
  return `import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-${spec.plus}';
import { validateOnSynth } from '${entryPoint(spec.plus)}';

const app = new App({ outdir: 'dist-invalid' });
const chart = new Chart(app, 'batch');
validateOnSynth(app);
new kplus.Job(chart, 'plain', { containers: [{ image: 'busybox' }], restartPolicy: kplus.RestartPolicy.ALWAYS });
app.synth();
`;
}

function writeApp(dir: string, spec: AppSpec, tarball: string): void {
  const template = join(ROOT, 'node_modules', 'cdk8s-cli', 'templates', 'typescript-app');
  const templatePackage = JSON.parse(readFileSync(join(template, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), readFileSync(join(template, 'tsconfig.json')));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: spec.name,
        version: '1.0.0',
        private: true,
        dependencies: {
          cdk8s: spec.cdk8s,
          constructs: spec.constructs,
          [`cdk8s-plus-${spec.plus}`]: spec.plusVersion,
          'cdk8s-jobs': `file:${tarball}`,
        },
        devDependencies: { '@types/node': templatePackage.devDependencies['@types/node'], typescript: templatePackage.devDependencies.typescript },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, 'main.ts'), mainTs(spec));
  writeFileSync(join(dir, 'invalid.ts'), invalidTs(spec));
}

/** Every installed copy of `name` (its package.json's version, by folder), anywhere under node_modules. */
function copiesOf(dir: string, name: string): string[] {
  const found: string[] = [];
  const walk = (modules: string) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const packages = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((e) => join(entry, e)) : [entry];
      for (const p of packages) {
        const path = join(modules, p);
        if (p === name && existsSync(join(path, 'package.json'))) {
          found.push(`${path} ${(JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { version: string }).version}`);
        }
        walk(join(path, 'node_modules'));
      }
    }
  };
  walk(join(dir, 'node_modules'));
  return found;
}

async function checkApp(dir: string, spec: AppSpec, cache: string): Promise<string> {
  const started = Date.now();
  const npmEnv = { ...process.env, npm_config_cache: cache, npm_config_update_notifier: 'false' };
  await must('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], dir, npmEnv);
  const installed = Date.now();
  await must(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], dir);
  await must(process.execPath, ['main.js'], dir);
  const yaml = readFileSync(join(dir, 'dist', 'batch.k8s.yaml'), 'utf8');
  const kinds = [...yaml.matchAll(/^kind: (\w+)$/gm)].map((m) => m[1]).sort();
  const expected = ['ConfigMap', 'ConfigMap', 'CronJob', 'Deployment', 'Job', 'Job', 'Job', 'Job', 'Service', 'ServiceAccount'];
  if (JSON.stringify(kinds) !== JSON.stringify(expected)) throw new Error(`${spec.name}: synthesized kinds ${kinds.join(', ')}, expected ${expected.join(', ')}`);
  const invalid = await run(process.execPath, ['invalid.js'], dir);
  if (invalid.code === 0 || !invalid.stderr.includes('[job-restart-policy]')) {
    throw new Error(`${spec.name}: a plain cdk8s-plus Job with restartPolicy Always synthesized (exit ${invalid.code})\n${invalid.stderr}`);
  }
  // The installed command (package.json bin, the CLI bundle) lints what the app synthesized.
  const lint = await run(join(dir, 'node_modules', '.bin', 'cdk8s-jobs'), ['lint', 'dist'], dir);
  if ((lint.code !== 0 && lint.code !== 1) || !/^\d+ documents, \d+ errors?, \d+ warnings?/m.test(lint.stdout)) {
    throw new Error(`${spec.name}: cdk8s-jobs lint dist exited ${lint.code}\n${lint.stdout}${lint.stderr}`);
  }
  const copies = ['cdk8s', 'constructs', `cdk8s-plus-${spec.plus}`].map((name) => ({ name, found: copiesOf(dir, name) }));
  for (const { name, found } of copies) {
    if (found.length !== 1) throw new Error(`${spec.name}: ${found.length} copies of ${name}:\n  ${found.join('\n  ')}`);
  }
  for (const other of [28, 33, 34].filter((m) => m !== spec.plus)) {
    const found = copiesOf(dir, `cdk8s-plus-${other}`);
    if (found.length > 0) throw new Error(`${spec.name}: cdk8s-plus-${other} is installed too: ${found.join(', ')}`);
  }
  const versions = copies.map(({ name, found }) => `${name}@${found[0].split(' ').pop()}`).join(' ');
  return `${spec.name}: ${versions}: installed in ${((installed - started) / 1000).toFixed(0)} s, compiled, synthesized, linted, one copy each (${((Date.now() - started) / 1000).toFixed(0)} s)`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-pack-'));
  const cache = process.env.npm_config_cache ?? join(tmpdir(), 'cdk8s-jobs-npm-cache');
  try {
    const pack = await must('npm', ['pack', '--json', '--pack-destination', work], ROOT);
    let packed: Array<{ filename: string; entryCount: number; size: number }>;
    try {
      packed = JSON.parse(pack.stdout);
    } catch {
      throw new Error(`npm pack --json printed more than JSON on stdout:\n${pack.stdout.slice(0, 2000)}`);
    }
    const tarball = join(work, packed[0].filename);
    console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(0)} KiB (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    const results = await Promise.allSettled(
      APPS.map((spec) => {
        const dir = join(work, spec.name);
        writeApp(dir, spec, tarball);
        return checkApp(dir, spec, cache);
      }),
    );
    let failed = 0;
    for (const r of results) {
      if (r.status === 'fulfilled') console.log(`ok ${r.value}`);
      else {
        failed++;
        console.log(`FAILED ${(r.reason as Error).message}`);
      }
    }
    console.log(`pack-and-install: ${APPS.length - failed}/${APPS.length} apps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    if (process.env.KEEP) console.log(`apps kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
