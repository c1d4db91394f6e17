import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The example app compiled by `npm run build` once per cdk8s-plus major
// (scripts/build-plus-majors.ts): build/examples (cdk8s-plus-28, the root entry point),
// build/plus-33/examples, build/plus-34/examples.
const BUILD = join(__dirname, '..', '..', 'build');
const requireBuilt = createRequire(join(BUILD, 'noop.js'));

function synthExamples(dir: string): string {
  const { createExamplesApp } = requireBuilt(`./${dir}examples/app.js`) as typeof import('../../examples/app');
  return createExamplesApp().synthYaml();
}

/**
 * What cdk8s-plus 33 and later render on their own that cdk8s-plus-28 does not: every pod spec
 * gets `shareProcessNamespace: false` and a Deployment `revisionHistoryLimit: 10` (both the
 * Kubernetes defaults, so the objects are the same to the API server).
 */
function withoutNewerPlusDefaults(yaml: string): string {
  return yaml.replace(/^ *shareProcessNamespace: false\n/gm, '').replace(/^ {2}revisionHistoryLimit: 10\n/gm, '');
}

describe('one source, built per cdk8s-plus major', () => {
  const plus28 = synthExamples('');

  it.each(['plus-33', 'plus-34'])('the %s build synthesizes the same manifests for the example app', (major) => {
    const yaml = synthExamples(`${major}/`);
    expect(withoutNewerPlusDefaults(yaml)).toBe(plus28);
    // the normalization only removes what the newer cdk8s-plus adds: the plus-28 build has none of it
    expect(plus28).not.toMatch(/shareProcessNamespace|revisionHistoryLimit/);
    expect(yaml).toMatch(/shareProcessNamespace: false/);
  });

  it.each([
    ['', 'cdk8s-plus-28'],
    ['plus-33/', 'cdk8s-plus-33'],
    ['plus-34/', 'cdk8s-plus-34'],
  ])('build/%slib requires %s and no other cdk8s-plus', (dir, plus) => {
    const lib = requireBuilt(`./${dir}lib/jobs/kplus.js`) as { Job: unknown };
    expect(lib.Job).toBe((requireBuilt(plus) as { Job: unknown }).Job);
  });

  it("the plus-33 build's constructs are cdk8s-plus-33 classes, so an app's own objects pass in", () => {
    const jobs = requireBuilt('./plus-33/lib/index.js') as typeof import('../../lib');
    const kplus33 = requireBuilt('cdk8s-plus-33') as typeof import('cdk8s-plus-33');
    const { App, Chart } = requireBuilt('cdk8s') as typeof import('cdk8s');
    const chart = new Chart(new App(), 'c', { disableResourceNameHashes: true });
    const account = new kplus33.ServiceAccount(chart, 'runner');
    const job = new jobs.OneShotJob(chart, 'job', { containers: [{ image: 'busybox' }], serviceAccount: account as never });
    expect(job).toBeInstanceOf(kplus33.Job);
    expect(chart.toJson().find((m: { kind: string }) => m.kind === 'Job').spec.template.spec.serviceAccountName).toBe('c-runner');
  });
});
