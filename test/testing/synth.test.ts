import { App, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSION_CONTEXT_KEY } from '../../lib/jobs/context';
import { ManifestValidationError, synthManifests, violationsOf } from '../../lib/testing';
import { nightlyReport, rawJob, testChart } from './templates';

describe('synthManifests', () => {
  it('returns the manifests of a chart as plain objects, in emission order', () => {
    const chart = testChart();
    nightlyReport(chart, 'nightly', { image: 'reports:1.4.0' });
    const manifests = synthManifests(chart);
    expect(manifests.map((m) => `${m.kind}/${m.metadata.name}`)).toEqual(['ConfigMap/reports-nightly-config', 'Job/reports-nightly']);
    expect(manifests).toEqual(Testing.synth(chart));
  });

  it('returns the manifests of every chart of an app, in the order cdk8s synth writes them', () => {
    const app = Testing.app();
    const second = testChart('second', app);
    const first = testChart('first', app);
    second.addDependency(first);
    rawJob(second, 'b', 'Never');
    rawJob(first, 'a', 'OnFailure');
    expect(synthManifests(app).map((m) => m.metadata.name)).toEqual(['a', 'b']);
  });

  it('fails when a cdk8s-plus Job sets restartPolicy Always, listing the finding with its construct path', () => {
    const chart = testChart();
    nightlyReport(chart, 'nightly', { image: 'reports:1.4.0', restartPolicy: kplus.RestartPolicy.ALWAYS });
    expect(() => synthManifests(chart)).toThrowErrorMatchingInlineSnapshot(`
      [ManifestValidationError: 1 error in the synthesized manifests (Kubernetes 1.28):

      Job "reports-nightly" (reports/nightly/Resource)
        spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never" [job-restart-policy]
            hint: use RestartPolicy.NEVER (new pod per retry) or RestartPolicy.ON_FAILURE (restart in place)
            docs: https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template]
    `);
  });

  it('reports every error of every object at once, in document order', () => {
    const chart = testChart();
    rawJob(chart, 'first', 'Always');
    rawJob(chart, 'fine', 'Never');
    rawJob(chart, 'second', 'Always');
    const error = catchError(() => synthManifests(chart));
    expect(error).toBeInstanceOf(ManifestValidationError);
    const violations = (error as ManifestValidationError).violations;
    expect(violations.map((v) => [v.name, v.rule, v.path])).toEqual([
      ['first', 'job-restart-policy', 'spec.template.spec.restartPolicy'],
      ['second', 'job-restart-policy', 'spec.template.spec.restartPolicy'],
    ]);
    expect(error?.message).toMatch(/^2 errors in the synthesized manifests \(Kubernetes 1\.28\):/);
  });

  it('does not throw for warnings', () => {
    const chart = testChart();
    rawJob(chart, 'report.v1', 'Never'); // the API server warns: not a DNS label
    expect(synthManifests(chart)).toHaveLength(1);
    expect(violationsOf(chart).map((v) => [v.rule, v.severity])).toEqual([['name-dns-label', 'warning']]);
  });

  it('ignores objects that are not batch Jobs or CronJobs', () => {
    const chart = testChart();
    new kplus.Deployment(chart, 'web', { containers: [{ image: 'nginx:1.27' }] });
    expect(synthManifests(chart)).toHaveLength(1);
  });

  it('judges against the version from the option, then the app context, then 1.28', () => {
    const app = new App({ outdir: Testing.app().outdir });
    app.node.setContext(KUBERNETES_VERSION_CONTEXT_KEY, '1.31');
    const chart = testChart('c', app);
    rawJob(chart, 'job', 'Always');
    expect(catchError(() => synthManifests(chart))?.message).toContain('(Kubernetes 1.31)');
    expect(catchError(() => synthManifests(chart, { kubernetesVersion: 'v1.33' }))?.message).toContain('(Kubernetes 1.33)');
    expect(catchError(() => synthManifests(rawJobChart()))?.message).toContain('(Kubernetes 1.28)');
  });

  it('fails when the target version is not supported', () => {
    const chart = testChart();
    expect(() => synthManifests(chart, { kubernetesVersion: '1.27' })).toThrow(/unsupported Kubernetes version "1.27"/);
  });

  it('fails when given something other than a chart or an app', () => {
    expect(() => synthManifests({} as never)).toThrow('expected a cdk8s Chart or App, received an object of type Object');
  });
});

describe('violationsOf', () => {
  it('returns the findings with the object they belong to, without throwing', () => {
    const chart = testChart();
    rawJob(chart, 'job', 'Always');
    expect(violationsOf(chart)).toMatchObject([
      { rule: 'job-restart-policy', severity: 'error', path: 'spec.template.spec.restartPolicy', kind: 'Job', name: 'job', index: 0, constructPath: 'reports/job' },
    ]);
  });

  it('returns nothing for a valid template', () => {
    const chart = testChart();
    nightlyReport(chart, 'nightly', { image: 'reports:1.4.0' });
    expect(violationsOf(chart).filter((v) => v.severity === 'error')).toEqual([]);
  });
});

function rawJobChart() {
  const chart = testChart();
  rawJob(chart, 'job', 'Always');
  return chart;
}

function catchError(fn: () => unknown): Error | undefined {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  return undefined;
}
