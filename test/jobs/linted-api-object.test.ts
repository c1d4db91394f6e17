import { ApiObject, App, Chart, JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OneShotJob } from '../../lib';

// The emitted object reuses, within one cdk8s synth, the JSON and the lint result of its last
// validation pass (lib/jobs/linted-api-object.ts). These tests pin that it never hands out a stale
// manifest or a stale verdict, and that the reuse really saves a render.

function newJob(chart: Chart) {
  return new OneShotJob(chart, 'job', { metadata: { name: 'report' }, containers: [{ name: 'main', image: 'report:1' }] });
}

afterEach(() => vi.restoreAllMocks());

describe('LintedApiObject', () => {
  it('renders a Job twice per synthYaml (two validation passes) instead of three times', () => {
    const app = new App();
    newJob(new Chart(app, 'c'));
    const render = vi.spyOn(kplus.Job.prototype, '_toKube');
    app.synthYaml();
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('reports a problem patched in between two synths of the same app, in the same tick', () => {
    const app = new App();
    const job = newJob(new Chart(app, 'c'));
    expect(() => app.synthYaml()).not.toThrow();
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/parallelism', -1));
    expect(() => app.synthYaml()).toThrow(/spec\.parallelism: Invalid value: -1/);
  });

  it('emits what was patched in between two synths, not the JSON of the earlier pass', () => {
    const app = new App();
    const job = newJob(new Chart(app, 'c'));
    app.synthYaml();
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/activeDeadlineSeconds', 60));
    expect(app.synthYaml()).toContain('activeDeadlineSeconds: 60');
  });

  it('renders afresh for a direct toJson() after a failed synth, even in the same tick', () => {
    const chart = new Chart(Testing.app(), 'c');
    const job = newJob(chart);
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/backoffLimit', -1));
    expect(() => Testing.synth(chart)).toThrow(/backoffLimit/);
    job.addContainer({ name: 'sidecar', image: 'proxy:1' });
    const containers = ApiObject.of(job).toJson().spec.template.spec.containers;
    expect(containers.map((c: { name: string }) => c.name)).toEqual(['main', 'sidecar']);
  });

  it('emits the same manifest as a direct render', () => {
    const chart = new Chart(Testing.app(), 'c');
    const job = newJob(chart);
    expect(Testing.synth(chart)).toEqual([ApiObject.of(job).toJson()]);
  });
});
