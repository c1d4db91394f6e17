import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSION_CONTEXT_KEY, OneShotJob, kubernetesVersionOf, type OneShotJobProps } from '../../lib';
import { synthError, testChart } from './support';

const containers = [{ image: 'busybox' }];

describe('target version from the cdk8s context', () => {
  it('defaults to 1.28', () => {
    expect(kubernetesVersionOf(new OneShotJob(testChart(), 'Job', { containers }))).toBe('1.28');
  });

  it('reads cdk8s-jobs:kubernetesVersion', () => {
    expect(KUBERNETES_VERSION_CONTEXT_KEY).toBe('cdk8s-jobs:kubernetesVersion');
    expect(kubernetesVersionOf(new OneShotJob(testChart('v1.33.2'), 'Job', { containers }))).toBe('1.33');
  });

  it('fails at synth with a clear error for an unsupported version', () => {
    const chart = testChart('1.99');
    new OneShotJob(chart, 'Job', { containers });
    expect(synthError(chart)).toMatchInlineSnapshot(`
      "Validation failed with the following errors:
        [test/Job] context cdk8s-jobs:kubernetesVersion: unsupported Kubernetes version "1.99": supported versions are "1.28", "1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36", "1.37" (pass the minor version as a string, e.g. "1.30")"
    `);
  });
});

describe('every synth entry point refuses an invalid object and lists every problem', () => {
  function invalidApp(outdir?: string): App {
    const app = new App({ outdir });
    app.node.setContext(KUBERNETES_VERSION_CONTEXT_KEY, '1.99');
    const chart = new Chart(app, 'chart');
    new OneShotJob(chart, 'First', { containers });
    new OneShotJob(chart, 'Second', { containers });
    return app;
  }

  it('App.synth() throws before writing anything', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-jobs-'));
    expect(() => invalidApp(outdir).synth()).toThrow(/\[chart\/First\] context .*\n {2}\[chart\/Second\] context /);
    expect(fs.readdirSync(outdir)).toEqual([]);
    fs.rmSync(outdir, { recursive: true });
  });

  it('App.synthYaml() throws', () => {
    expect(() => invalidApp().synthYaml()).toThrow(/Validation failed/);
  });

  it('Testing.synth() (Chart.toJson) throws', () => {
    const chart = invalidApp().node.findChild('chart') as Chart;
    expect(() => Testing.synth(chart)).toThrow(/\[chart\/First\]/);
  });

  // waits on job-restart-policy and job-non-negative-fields
  it('lists the errors of several objects and several fields at once', () => {
    const chart = testChart();
    new OneShotJob(chart, 'A', { containers, restartPolicy: 'Always' } as unknown as OneShotJobProps);
    new OneShotJob(chart, 'B', { containers, backoffLimit: -1 });
    const message = synthError(chart);
    expect(message).toMatch(/\[test\/A\] spec\.template\.spec\.restartPolicy: .*\[job-restart-policy\]/);
    expect(message).toMatch(/\[test\/B\] spec\.backoffLimit: .*\[job-non-negative-fields\]/);
  });

  it('passes a valid app', () => {
    const chart = testChart();
    new OneShotJob(chart, 'Job', { containers });
    expect(Testing.synth(chart)).toHaveLength(1);
  });
});
