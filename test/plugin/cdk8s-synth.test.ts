// Runs the real `cdk8s synth` (cdk8s-cli dev dependency) with JobsValidation configured in
// cdk8s.yaml, on small plain-JavaScript apps, against the built package (`npm run build` first).
// A local plugin path (absolute, or starting with "./") is `require`d in place by cdk8s-cli: no
// `npm install`, no network; the plugins directory stays empty.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const version: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const tempDirs: string[] = [];

function synth(app: 'plugin-app-valid' | 'plugin-app-invalid') {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-synth-'));
  tempDirs.push(dir);
  writeFileSync(
    join(dir, 'cdk8s.yaml'),
    [
      `app: node ${JSON.stringify(join(root, 'test/fixtures', app, 'main.js'))}`,
      'validations:',
      `  - package: ${JSON.stringify(root)}`,
      `    version: ${version}`,
      '    class: JobsValidation',
      '    properties:',
      '      kubernetesVersion: "1.30"',
      '',
    ].join('\n'),
  );
  const cli = join(root, 'node_modules/.bin/cdk8s');
  const result = spawnSync(process.execPath, [cli, 'synth', '--no-check-upgrade', '--plugins-dir', join(dir, 'plugins')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, dir };
}

describe('cdk8s synth with the JobsValidation plugin', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'build/lib/index.js'))) throw new Error('build/ is missing: run `npm run build` first');
  });
  afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('passes on an app whose Jobs and CronJobs are valid', () => {
    const { status, output, dir } = synth('plugin-app-valid');
    expect(output).toContain('Validations ended succesfully');
    expect(output).toMatch(/Jobs and CronJobs\s+│ 3 /);
    expect(status).toBe(0);
    expect(existsSync(join(dir, 'dist/reports.k8s.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'plugins'))).toBe(false); // a local plugin is required in place, never installed
  }, 120_000);

  it('fails with exit code 2 when a plain cdk8s-plus Job sets restartPolicy Always, naming our rule', () => {
    const { status, output } = synth('plugin-app-invalid');
    expect(output).toContain('job-restart-policy (2 occurrences)');
    expect(output).toContain('- Construct Path: reports/nightly/Resource');
    expect(output).toContain('- Construct Path: reports/weekly/Resource');
    expect(output).toContain('> spec.template.spec.restartPolicy: ');
    expect(output).toContain('Validation failed. See above reports for details');
    expect(status).toBe(2);
  }, 120_000);
});
