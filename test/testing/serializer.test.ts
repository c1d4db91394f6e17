import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiObject, Cron, Testing, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { manifestSerializer, markManifests, setupManifestTesting, synthManifests, toYaml } from '../../lib/testing';
import { nightlyReport, testChart } from './templates';

setupManifestTesting(expect);

function template() {
  const chart = testChart();
  nightlyReport(chart, 'nightly', { image: 'reports:1.4.0' });
  return chart;
}

describe('toYaml', () => {
  it('writes exactly what cdk8s synth writes for the chart', () => {
    const chart = template();
    const app = chart.node.root as ReturnType<typeof Testing.app>;
    app.synth();
    expect(toYaml(synthManifests(chart))).toBe(readFileSync(join(app.outdir, 'reports.k8s.yaml'), 'utf8'));
  });

  it('keeps the key order it is given, drops undefined and keeps null', () => {
    const yaml = toYaml({ apiVersion: 'batch/v1', kind: 'Job', spec: { b: 1, a: [{ name: 'x', value: null, other: undefined }] } });
    expect(yaml).toBe('apiVersion: batch/v1\nkind: Job\nspec:\n  b: 1\n  a:\n    - name: x\n      value: null\n');
  });

  it('quotes YAML 1.1 booleans as cdk8s does', () => {
    expect(toYaml({ apiVersion: 'v1', kind: 'ConfigMap', data: { y: 'yes' } })).toBe('apiVersion: v1\nkind: ConfigMap\ndata:\n  "y": "yes"\n');
  });

  it('separates documents with ---', () => {
    expect(toYaml([{ apiVersion: 'v1', kind: 'A' }, { apiVersion: 'v1', kind: 'B' }])).toBe('apiVersion: v1\nkind: A\n---\napiVersion: v1\nkind: B\n');
  });
});

describe('manifestSerializer', () => {
  it('prints the manifests of a platform template as YAML documents', () => {
    expect(synthManifests(template())).toMatchSnapshot();
  });

  it('prints a single manifest as one YAML document', () => {
    const chart = testChart();
    new kplus.CronJob(chart, 'cleanup', { schedule: Cron.schedule({ minute: '0', hour: '3' }), containers: [{ image: 'cleanup:2.0.1' }] });
    expect(synthManifests(chart)[0]).toMatchSnapshot();
  });

  it('keeps the YAML of a template in a file reviewers can read', async () => {
    await expect(toYaml(synthManifests(template()))).toMatchFileSnapshot('./__snapshots__/nightly-report.k8s.yaml');
  });

  it('gives the same text on every synthesis', () => {
    const print = () => Yaml.stringify(synthManifests(template()));
    expect(print()).toBe(print());
  });

  it('applies only to what synthManifests returned or markManifests marked', () => {
    const manifests = synthManifests(template());
    expect(manifestSerializer.test(manifests)).toBe(true);
    expect(manifestSerializer.test(manifests[0])).toBe(true);
    expect(manifestSerializer.test(manifests.slice(1))).toBe(true);
    const configMap = { apiVersion: 'v1', kind: 'ConfigMap' };
    expect(manifestSerializer.test(configMap)).toBe(false);
    expect(manifestSerializer.test([configMap])).toBe(false);
    expect(manifestSerializer.test(markManifests(configMap))).toBe(true);
    expect(manifestSerializer.test([])).toBe(false);
    expect(manifestSerializer.test(new Map())).toBe(false);
    expect(() => markManifests([] as never)).toThrow(TypeError);
    expect(Object.keys(manifests)).toEqual(['0', '1']);
    expect(JSON.stringify(markManifests({ apiVersion: 'v1', kind: 'A' }))).toBe('{"apiVersion":"v1","kind":"A"}');
  });

  it('leaves an existing Testing.synth snapshot of a Deployment unchanged', () => {
    const chart = testChart();
    new ApiObject(chart, 'web', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2 } });
    expect(Testing.synth(chart)).toMatchInlineSnapshot(`
      [
        {
          "apiVersion": "apps/v1",
          "kind": "Deployment",
          "metadata": {
            "name": "web",
          },
          "spec": {
            "replicas": 2,
          },
        },
      ]
    `);
  });

  it('prints what markManifests marked as YAML', () => {
    const chart = testChart();
    new ApiObject(chart, 'web', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } });
    expect(markManifests(Testing.synth(chart))).toMatchInlineSnapshot(`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
    `);
  });

  it('prints manifests nested in other values as plain objects', () => {
    expect({ job: { apiVersion: 'batch/v1', kind: 'Job' } }).toMatchInlineSnapshot(`
      {
        "job": {
          "apiVersion": "batch/v1",
          "kind": "Job",
        },
      }
    `);
  });
});
