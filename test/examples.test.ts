import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Chart, Testing } from 'cdk8s';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_CHARTS, createExamplesApp } from '../examples/app';
import { SynthOutputError, synthAtomically } from '../examples/synth-atomically';
import { KUBERNETES_VERSIONS, OneShotJob, lintManifest, type OneShotJobProps } from '../lib';
import { batchKindOf } from '../lib/manifest/classify';
import { toYaml } from './jobs/support';

const ROOT = path.resolve(__dirname, '..');
const temps: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-jobs-examples-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function chartManifests(id: string, kubernetesVersion?: (typeof KUBERNETES_VERSIONS)[number]): Array<Record<string, any>> {
  const app = createExamplesApp({ kubernetesVersion });
  return Testing.synth(app.node.findChild(id) as Chart);
}

describe('example charts', () => {
  it.each(Object.keys(EXAMPLE_CHARTS))('%s synthesizes to its YAML snapshot', async (id) => {
    await expect(toYaml(chartManifests(id))).toMatchFileSnapshot(`./__snapshots__/examples/${id}.k8s.yaml`);
  });

  it.each(KUBERNETES_VERSIONS)('the whole example app synthesizes for Kubernetes %s, every object valid', (version) => {
    const app = createExamplesApp({ kubernetesVersion: version });
    expect(() => app.synthYaml()).not.toThrow();
    for (const chart of app.charts) {
      for (const manifest of Testing.synth(chart).filter((m) => batchKindOf(m) !== undefined)) {
        expect(lintManifest(manifest, { kubernetesVersion: version }).filter((v) => v.severity === 'error')).toEqual([]);
      }
    }
  });

  it('reproduces every seed manifest by name', () => {
    const names = Object.keys(EXAMPLE_CHARTS).flatMap((id) => chartManifests(id).map((m) => `${m.kind}/${m.metadata.name}`));
    expect(names.sort()).toEqual(
      [
        'CronJob/daily-job',
        'CronJob/log-cleanup',
        'Deployment/queue',
        'Job/consumers',
        'Job/data-processing',
        'Job/db-backup',
        'Job/db-migration',
        'Job/indexed-job',
        'Job/ml-training',
        'Job/myjob',
        'Job/new',
        'Job/oneshot',
        'Job/oneshot-failure1',
        'Job/oneshot-failure2',
        'Job/parallel',
        'Job/pi',
        'Job/pi-with-timeout',
        'Job/pi-with-ttl',
        'Service/queue',
      ].sort(),
    );
  });

  it('keeps the seeds intent on the wire', () => {
    const byName = (id: string, name: string) => chartManifests(id).find((m) => m.metadata.name === name)!;
    expect(byName('kuard-oneshot', 'oneshot').spec.template.spec.restartPolicy).toBe('OnFailure');
    expect(byName('kuard-oneshot', 'oneshot-failure2').spec.template.spec.restartPolicy).toBe('Never');
    expect(byName('kuard-parallel', 'parallel').spec).toMatchObject({ completions: 10, parallelism: 5 });
    const consumers = byName('kuard-work-queue', 'consumers');
    expect(consumers.spec.parallelism).toBe(5);
    expect('completions' in consumers.spec).toBe(false);
    expect(consumers.spec.template.spec.containers[0].env).toContainEqual({ name: 'WORK_QUEUE_URL', value: 'http://queue:8080/memq/server' });
    expect(chartManifests('kuard-work-queue').map((m) => `${m.apiVersion} ${m.kind}`)).toEqual(['apps/v1 Deployment', 'v1 Service', 'batch/v1 Job']);
    expect(byName('pi', 'pi-with-timeout').spec).toMatchObject({ backoffLimit: 5, activeDeadlineSeconds: 100 });
    expect(byName('pi', 'pi-with-ttl').spec.ttlSecondsAfterFinished).toBe(100);
    expect(byName('suspended-job', 'myjob').spec).toMatchObject({ suspend: true, completions: 5, parallelism: 1 });
    const adopted = byName('manual-selector', 'new').spec;
    expect(adopted.manualSelector).toBe(true);
    expect(adopted.template.metadata.labels).toMatchObject(adopted.selector.matchLabels);
    expect(byName('indexed-job', 'indexed-job').spec).toMatchObject({ completionMode: 'Indexed', completions: 3, parallelism: 3 });
    expect(byName('daily-cron-job', 'daily-job').spec.schedule).toBe('0 0 * * *');
    expect(byName('guide-jobs', 'ml-training').spec).not.toHaveProperty('completions');
  });
});

describe('synthAtomically', () => {
  const writeStale = (dist: string) => {
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(dist, 'stale.k8s.yaml'), 'kind: Stale\n');
  };
  const snapshotDir = (dir: string) => Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

  it('replaces the destination with exactly the new manifests', () => {
    const dist = path.join(tempDir(), 'dist');
    writeStale(dist);
    const files = synthAtomically((outdir) => createExamplesApp({ outdir }), dist);
    expect(files).toEqual(Object.keys(EXAMPLE_CHARTS).map((id) => `${id}.k8s.yaml`).sort());
    expect(fs.readdirSync(dist).sort()).toEqual(files);
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });

  it('leaves the destination untouched when validation fails', () => {
    const dist = path.join(tempDir(), 'dist');
    writeStale(dist);
    const before = snapshotDir(dist);
    const failing = (outdir: string) => {
      const app = createExamplesApp({ outdir });
      new Chart(app, 'broken').node.addValidation({ validate: () => ['broken on purpose'] });
      return app;
    };
    expect(() => synthAtomically(failing, dist)).toThrow(/\[broken\] broken on purpose/);
    expect(snapshotDir(dist)).toEqual(before);
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });

  // waits on job-restart-policy
  it('leaves the destination untouched when a Job is invalid', () => {
    const dist = path.join(tempDir(), 'dist');
    writeStale(dist);
    const before = snapshotDir(dist);
    const failing = (outdir: string) => {
      const app = new App({ outdir });
      new OneShotJob(new Chart(app, 'jobs'), 'Job', { containers: [{ image: 'busybox' }], restartPolicy: 'Always' } as unknown as OneShotJobProps);
      return app;
    };
    expect(() => synthAtomically(failing, dist)).toThrow(/\[jobs\/Job\] spec\.template\.spec\.restartPolicy: .*\[job-restart-policy\]/);
    expect(snapshotDir(dist)).toEqual(before);
  });
});

describe('npm run synth (cdk8s synth with cdk8s.yaml)', () => {
  const cdk8s = path.join(ROOT, 'node_modules', '.bin', 'cdk8s');
  function runSynth(env: Record<string, string>, staging: string) {
    return spawnSync(cdk8s, ['synth', '--no-check-upgrade', '--output', staging], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
  }

  it('writes validated YAML to the destination, then leaves it untouched on failure, with a clear error and no stack trace', () => {
    const dir = tempDir();
    const dist = path.join(dir, 'dist');
    const staging = path.join(dir, 'staging');

    const ok = runSynth({ CDK8S_JOBS_DIST: dist }, staging);
    expect(ok.status).toBe(0);
    expect(fs.readdirSync(dist).sort()).toEqual(Object.keys(EXAMPLE_CHARTS).map((id) => `${id}.k8s.yaml`).sort());
    const written = fs.readFileSync(path.join(dist, 'pi.k8s.yaml'), 'utf8');

    const failed = runSynth({ CDK8S_JOBS_DIST: dist, CDK8S_JOBS_KUBERNETES_VERSION: '1.99' }, staging);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('unsupported Kubernetes version "1.99"');
    expect(failed.stderr).toContain('dist/ was left unchanged');
    expect(failed.stderr + failed.stdout).not.toMatch(/^\s+at /m);
    expect(fs.readFileSync(path.join(dist, 'pi.k8s.yaml'), 'utf8')).toBe(written);
  });

  it('cdk8s.yaml runs the example app through its launcher (compiled when fresh, tsx otherwise) and keeps dist/ out of the CLI output directory', () => {
    const config = fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8');
    // `node`, not `npx`: npx costs ~0.4 s of a cold synth (bench/RESULTS.md).
    expect(config).toMatch(/^app: node examples\/launch\.cjs$/m);
    const launcher = fs.readFileSync(path.join(ROOT, 'examples', 'launch.cjs'), 'utf8');
    expect(launcher).toContain("'--import', tsx, join(ROOT, 'examples', 'main.ts')");
    expect(config).toMatch(/^language: typescript$/m);
    expect(config).not.toMatch(/^output: dist\/?$/m);
    expect(execFileSync('node', ['-e', 'process.stdout.write(require("./package.json").scripts.synth)'], { cwd: ROOT, encoding: 'utf8' })).toBe('node examples/synth.cjs');
  });
});

describe('npm run synth (examples/synth.cjs: what cdk8s synth does with cdk8s.yaml, without the CLI)', () => {
  const cdk8s = path.join(ROOT, 'node_modules', '.bin', 'cdk8s');
  /** A project folder whose cdk8s.yaml is `config` and whose examples/ is this repository's. */
  function project(config: string): string {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'cdk8s.yaml'), config);
    fs.symlinkSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'));
    return dir;
  }
  function run(how: 'direct' | 'cli', cwd: string, env: Record<string, string> = {}) {
    const [command, args] = how === 'direct' ? [process.execPath, [path.join(ROOT, 'examples', 'synth.cjs')]] : [cdk8s, ['synth', '--no-check-upgrade']];
    const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
    const output = path.join(cwd, 'build', 'cdk8s.out');
    const files = fs.existsSync(output) ? Object.fromEntries(fs.readdirSync(output).map((f) => [f, fs.readFileSync(path.join(output, f), 'utf8')])) : undefined;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, files };
  }
  const config = () => fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8');

  it('prints what cdk8s synth prints and writes the same files, to dist/ and to the output directory', () => {
    const dir = project(config());
    const dist = path.join(dir, 'dist');
    const direct = run('direct', dir, { CDK8S_JOBS_DIST: dist });
    const distDirect = fs.readdirSync(dist).map((f) => fs.readFileSync(path.join(dist, f), 'utf8'));
    const cli = run('cli', dir, { CDK8S_JOBS_DIST: dist });
    expect(direct.status).toBe(0);
    expect(cli.status).toBe(0);
    expect(direct.stdout).toBe(cli.stdout);
    expect(direct.stdout).toMatch(/^Synthesizing application\n(  - build\/cdk8s\.out\/[a-z-]+\.k8s\.yaml\n){9}$/);
    expect(direct.stderr).toBe(cli.stderr);
    expect(direct.files).toEqual(cli.files);
    expect(fs.readdirSync(dist).map((f) => fs.readFileSync(path.join(dist, f), 'utf8'))).toEqual(distDirect);
  });

  it('fails as cdk8s synth does (exit 1, the CLI\'s error line, dist/ left unchanged)', () => {
    const dir = project(config());
    const dist = path.join(dir, 'dist');
    expect(run('direct', dir, { CDK8S_JOBS_DIST: dist }).status).toBe(0);
    const before = fs.readFileSync(path.join(dist, 'pi.k8s.yaml'), 'utf8');
    const env = { CDK8S_JOBS_DIST: dist, CDK8S_JOBS_KUBERNETES_VERSION: '1.99' };
    const direct = run('direct', dir, env);
    const cli = run('cli', dir, env);
    expect(direct.status).toBe(1);
    expect(cli.status).toBe(1);
    expect(direct.stdout).toBe(cli.stdout);
    expect(direct.stderr).toBe(cli.stderr);
    expect(direct.stderr).toContain('ERROR: synthesis failed, app expected to create "build/cdk8s.out"');
    expect(direct.files).toBeUndefined();
    expect(fs.readFileSync(path.join(dist, 'pi.k8s.yaml'), 'utf8')).toBe(before);
  });

  it('leaves a cdk8s.yaml it does not reproduce (another app, validations, Helm) to the cdk8s CLI', () => {
    const dir = project('app: node write.js\noutput: out\nsynthConfig:\n  format: plain\n');
    fs.writeFileSync(path.join(dir, 'write.js'), "require('fs').mkdirSync(process.env.CDK8S_OUTDIR); require('fs').writeFileSync(process.env.CDK8S_OUTDIR + '/a.k8s.yaml', 'kind: A\\n');");
    const direct = spawnSync(process.execPath, [path.join(ROOT, 'examples', 'synth.cjs')], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toBe('Synthesizing application\n  - out/a.k8s.yaml\n');
  });
});

describe('synthAtomically on hostile ground', () => {
  const app = (outdir: string) => createExamplesApp({ outdir });

  it('leaves the destination with the usual directory mode (not the 0700 of a temporary folder)', () => {
    const dist = path.join(tempDir(), 'dist');
    synthAtomically(app, dist);
    const expected = 0o777 & ~process.umask();
    expect((fs.statSync(dist).mode & 0o777).toString(8)).toBe(expected.toString(8));
  });

  it('removes the staging folders of an interrupted run and puts back an output it had moved aside', () => {
    const parent = tempDir();
    const dist = path.join(parent, 'dist');
    // A run killed between its two renames (pid 2^22+1 is above Linux's pid_max default, so not running).
    const dead = 4194305;
    fs.mkdirSync(path.join(parent, `dist.next-${dead}-abcd`));
    fs.mkdirSync(path.join(parent, `dist.previous-${dead}-abcd`, 'dir'), { recursive: true });
    fs.writeFileSync(path.join(parent, `dist.previous-${dead}-abcd`, 'dir', 'old.k8s.yaml'), 'kind: Old\n');
    fs.mkdirSync(path.join(parent, 'dist.next-notapid'));
    const warnings: string[] = [];
    synthAtomically(app, dist, { onWarning: (w) => warnings.push(w) });
    expect(fs.readdirSync(parent).sort()).toEqual(['dist', 'dist.next-notapid']);
    expect(fs.readdirSync(dist)).not.toContain('old.k8s.yaml');
    expect(warnings).toEqual([]);
  });

  it('keeps the staging folder of a run that is still going (its process is alive)', () => {
    const parent = tempDir();
    fs.mkdirSync(path.join(parent, `dist.next-${process.ppid}-abcd`));
    synthAtomically(app, path.join(parent, 'dist'));
    expect(fs.readdirSync(parent).sort()).toEqual(['dist', `dist.next-${process.ppid}-abcd`]);
  });

  it('replaces the contents in place (for a mount point, which cannot be renamed), staging inside it', () => {
    const dist = path.join(tempDir(), 'dist');
    writeStaleFile(dist);
    fs.writeFileSync(path.join(dist, '.cdk8s-jobs-next-4194305-abcd'), 'left by a killed run');
    const files = synthAtomically(app, dist, { inPlace: true });
    expect(files).toEqual(Object.keys(EXAMPLE_CHARTS).map((id) => `${id}.k8s.yaml`).sort());
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });

  it('says the destination changed when it could neither be replaced nor restored', () => {
    const dist = path.join(tempDir(), 'dist');
    writeStaleFile(dist);
    const spy = failRenames((_from, to) => to === dist && Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' }));
    let thrown: unknown;
    try {
      synthAtomically(app, dist);
    } catch (e) {
      thrown = e;
    } finally {
      spy.mockRestore();
    }
    expect(thrown).toBeInstanceOf(SynthOutputError);
    expect((thrown as SynthOutputError).destinationUnchanged).toBe(false);
    expect((thrown as Error).message).toMatch(/nor put the previous one back .*: it is in .*dist\.previous-\d+-[0-9a-f]+\/dir$/);
  });

  it('restores the destination when only the move of the new output fails, and says it is unchanged', () => {
    const dist = path.join(tempDir(), 'dist');
    writeStaleFile(dist);
    const spy = failRenames((from, to) => to === dist && from.includes('.next-') && Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' }));
    let thrown: unknown;
    try {
      synthAtomically(app, dist);
    } catch (e) {
      thrown = e;
    } finally {
      spy.mockRestore();
    }
    expect((thrown as SynthOutputError).destinationUnchanged).toBe(true);
    expect(fs.readdirSync(dist)).toEqual(['stale.k8s.yaml']);
    expect(fs.readdirSync(path.dirname(dist))).toEqual(['dist']);
  });
});

/** Makes fs.renameSync fail where `failure` returns an error (the ESM view of node:fs synced with the CJS one). */
function failRenames(failure: (from: string, to: string) => Error | false): { mockRestore(): void } {
  const cjs = createRequire(__filename)('node:fs') as typeof fs;
  const rename = cjs.renameSync;
  cjs.renameSync = (from, to) => {
    const error = failure(String(from), String(to));
    if (error) throw error;
    return rename(from, to);
  };
  syncBuiltinESMExports();
  return {
    mockRestore: () => {
      cjs.renameSync = rename;
      syncBuiltinESMExports();
    },
  };
}

function writeStaleFile(dist: string): void {
  fs.mkdirSync(dist, { recursive: true });
  fs.writeFileSync(path.join(dist, 'stale.k8s.yaml'), 'kind: Stale\n');
}
