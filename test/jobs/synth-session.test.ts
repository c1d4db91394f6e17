import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiObject, App, Chart, JsonPatch, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { CronJob, OneShotJob, validateOnSynth } from '../../lib';
import { observeSynthLints, synthManifests } from '../../lib/testing';

// Each batch object is rendered and linted once per synth, however many charts and validation
// passes (lib/jobs/synth-session.ts), and never from an earlier synth. Lints are counted through
// the public seam `observeSynthLints`, renders through cdk8s-plus's `_toKube` (what a render runs).

const IMAGE = 'report:1';

function newJob(chart: Chart, id = 'job') {
  return new OneShotJob(chart, id, { metadata: { name: `report-${id}` }, containers: [{ name: 'main', image: IMAGE }] });
}

function newCronJob(chart: Chart, id = 'cron') {
  return new CronJob(chart, id, { metadata: { name: `nightly-${id}` }, schedule: '0 2 * * *', containers: [{ name: 'main', image: IMAGE }] });
}

function countLints(app: App): Map<string, number> {
  const counts = new Map<string, number>();
  observeSynthLints(app, (e) => counts.set(e.path, (counts.get(e.path) ?? 0) + 1));
  return counts;
}

function appWithCharts(charts: number): { app: App; paths: string[] } {
  const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk8s-jobs-synth-')) });
  const paths: string[] = [];
  for (let c = 0; c < charts; c++) {
    const chart = new Chart(app, `chart-${c}`);
    paths.push(ApiObject.of(newJob(chart)).node.path, ApiObject.of(newCronJob(chart)).node.path);
  }
  return { app, paths };
}

describe('one render and one lint per object per synth', () => {
  it('lints each Job and CronJob once per synth() with 20 charts (21 validation passes)', () => {
    const { app, paths } = appWithCharts(20);
    const lints = countLints(app);
    app.synth();
    expect([...lints.keys()].sort()).toEqual([...paths].sort());
    expect(new Set(lints.values())).toEqual(new Set([1]));
    app.synth();
    expect(new Set(lints.values())).toEqual(new Set([2]));
  });

  it('lints each object once per synthYaml(), Chart.toJson(), Testing.synth() and synthManifests(app)', () => {
    const { app, paths } = appWithCharts(3);
    const lints = countLints(app);
    app.synthYaml();
    const chart = app.node.findChild('chart-1') as Chart;
    chart.toJson();
    Testing.synth(chart);
    synthManifests(app);
    // Each of the four is one synth, and each validates the whole app.
    for (const path of paths) expect(lints.get(path)).toBe(4);
  });

  it('renders a Job once per synth: the validation passes and the emission share one render', () => {
    const { app } = appWithCharts(5);
    let renders = 0;
    const job = app.node.findChild('chart-2').node.findChild('job') as OneShotJob;
    const render = job._toKube.bind(job);
    // Count this one Job's renders through its own instance, not cdk8s's internals.
    Object.defineProperty(job, '_toKube', { value: () => (renders++, render()) });
    app.synthYaml();
    expect(renders).toBe(1);
    app.synth();
    expect(renders).toBe(2);
  });

  it('lints a plain cdk8s-plus Job under validateOnSynth once per synth, with many charts', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk8s-jobs-synth-')) });
    validateOnSynth(app);
    for (let c = 0; c < 10; c++) new kplus.Job(new Chart(app, `c${c}`), 'plain', { containers: [{ image: IMAGE }] });
    const lints = countLints(app);
    app.synth();
    expect(lints.size).toBe(10);
    expect(new Set(lints.values())).toEqual(new Set([1]));
  });

  it('judges each object once per synth: the later validation passes (one per chart) return the first pass\'s messages', () => {
    const { app } = appWithCharts(20);
    // The warning mode is read from the context by each judgement; count the reads of one Job's.
    const job = app.node.findChild('chart-7').node.findChild('job');
    let reads = 0;
    const tryGetContext = job.node.tryGetContext.bind(job.node);
    Object.defineProperty(job.node, 'tryGetContext', { value: (key: string) => (key === 'cdk8s-jobs:warnings' && reads++, tryGetContext(key)) });
    app.synthYaml();
    expect(reads).toBe(1);
    app.synthYaml();
    expect(reads).toBe(2);
  });

  it('reports an invalid Job once per synth with many charts, with the same message each synth', () => {
    const { app } = appWithCharts(20);
    ApiObject.of(app.node.findChild('chart-4').node.findChild('job')).addJsonPatch(JsonPatch.add('/spec/completions', -1));
    const failure = () => {
      try {
        app.synthYaml();
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('synth passed');
    };
    const first = failure();
    expect(first.match(/spec\.completions: Invalid value: -1/g)).toHaveLength(1);
    expect(failure()).toBe(first);
  });

  it('lints afresh outside a synth (a direct node.validate())', () => {
    const { app, paths } = appWithCharts(1);
    const lints = countLints(app);
    const job = app.node.findChild('chart-0').node.findChild('job');
    job.node.validate();
    job.node.validate();
    expect(lints.get(paths[0])).toBe(2);
  });
});

describe('never stale', () => {
  it('reports a problem patched in between two synths of the same app', () => {
    const app = new App();
    const job = newJob(new Chart(app, 'c'));
    expect(() => app.synthYaml()).not.toThrow();
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/parallelism', -1));
    expect(() => app.synthYaml()).toThrow(/spec\.parallelism: Invalid value: -1/);
  });

  it('emits what was changed in between two synths, not the JSON of the earlier synth', () => {
    const { app } = appWithCharts(3);
    const job = app.node.findChild('chart-1').node.findChild('job') as OneShotJob;
    app.synthYaml();
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/activeDeadlineSeconds', 60));
    job.addContainer({ name: 'sidecar', image: 'proxy:1' });
    const yaml = app.synthYaml();
    expect(yaml).toContain('activeDeadlineSeconds: 60');
    expect(yaml).toContain('name: sidecar');
  });

  it('sees a fix made after a failed synth, and a new problem made after a passing one', () => {
    const { app } = appWithCharts(4);
    const job = app.node.findChild('chart-3').node.findChild('job');
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/backoffLimit', -1));
    expect(() => app.synth()).toThrow(/chart-3\/job.*backoffLimit/s);
    ApiObject.of(job).addJsonPatch(JsonPatch.replace('/spec/backoffLimit', 2));
    expect(() => app.synth()).not.toThrow();
    expect(app.synthYaml()).toContain('backoffLimit: 2');
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/completions', -3));
    expect(() => app.synthYaml()).toThrow(/completions/);
  });

  it('writes nothing when a Job in the last of many charts is invalid', () => {
    const { app } = appWithCharts(20);
    ApiObject.of(app.node.findChild('chart-19').node.findChild('cron')).addJsonPatch(JsonPatch.add('/spec/schedule', 'every day'));
    expect(() => app.synth()).toThrow(/chart-19\/cron/);
    expect(readdirSync(app.outdir)).toEqual([]);
  });

  it('renders afresh for a direct toJson() after a failed synth', () => {
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
