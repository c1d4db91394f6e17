import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's "In your cdk8s app" examples, run against the cdk8s-plus-33 build as an app would.
const ROOT = join(__dirname, '..', '..');
const requireBuilt = createRequire(join(ROOT, 'build', 'noop.js'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
// typed loosely: the typings of build/plus-33 exist only after the build (pack-install-test.ts compiles apps against them)
const jobs = requireBuilt('./plus-33/lib/index.js') as {
  OneShotJob: new (scope: unknown, id: string, props: unknown) => unknown;
  validateOnSynth: (scope: unknown) => void;
};
const kplus = requireBuilt('cdk8s-plus-33') as typeof import('cdk8s-plus-33');
const { App, Chart } = requireBuilt('cdk8s') as typeof import('cdk8s');

describe('README: in your cdk8s app', () => {
  it("the plus-33 example passes the app's own ConfigMap, Volume and ServiceAccount in", () => {
    const chart = new Chart(new App(), 'db', { disableResourceNameHashes: true });
    const config = new kplus.ConfigMap(chart, 'config', { data: { mode: 'fast' } });
    const volume = kplus.Volume.fromConfigMap(chart, 'config-volume', config);
    new jobs.OneShotJob(chart, 'migrate', {
      serviceAccount: new kplus.ServiceAccount(chart, 'runner'),
      volumes: [volume],
      containers: [{ image: 'migrate:4.17', volumeMounts: [{ path: '/etc/config', volume }] }],
    });
    const job = chart.toJson().find((m: { kind: string }) => m.kind === 'Job');
    expect(job.spec.template.spec.serviceAccountName).toBe('db-runner');
    expect(job.spec.template.spec.volumes[0].configMap.name).toBe('db-config');
  });

  it('validateOnSynth refuses the plain cdk8s-plus Job with the error the README shows', () => {
    const app = new App();
    const chart = new Chart(app, 'batch');
    jobs.validateOnSynth(chart);
    new kplus.Job(chart, 'plain', { containers: [{ image: 'busybox' }], restartPolicy: kplus.RestartPolicy.ALWAYS });
    let message = '';
    try {
      app.synthYaml();
    } catch (e) {
      message = (e as Error).message;
    }
    const shown = /```\n(Error: Validation failed with the following errors:\n[\s\S]*?)\n```/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    expect(`Error: ${message}`).toBe(shown);
  });
});
