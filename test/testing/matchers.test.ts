import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import type {} from '../../lib/testing/vitest';
import { formatViolation, lintManifest } from '../../lib';
import { setupManifestTesting, synthManifests, type Manifest } from '../../lib/testing';
import { nightlyReport, rawJob, testChart } from './templates';

setupManifestTesting(expect);

function job(restartPolicy: string, name = 'job'): Manifest {
  const chart = testChart();
  rawJob(chart, name, restartPolicy);
  return chart.toJson()[0];
}

function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('toBeValidManifest', () => {
  it('passes for a valid Job, a list of manifests, a chart and an app', () => {
    const chart = testChart();
    nightlyReport(chart, 'nightly', { image: 'reports:1.4.0' });
    expect(job('Never')).toBeValidManifest();
    expect(synthManifests(chart)).toBeValidManifest({ kubernetesVersion: '1.36' });
    expect(chart).toBeValidManifest();
    expect(chart.node.root).toBeValidManifest();
  });

  it('fails when the Job has an error, showing the findings as formatViolation renders them', () => {
    const manifest = job('Always');
    const [finding] = lintManifest(manifest);
    expect(finding).toMatchObject({ rule: 'job-restart-policy', path: 'spec.template.spec.restartPolicy' });
    expect(failureOf(() => expect(manifest).toBeValidManifest())).toBe(
      'expect(received).toBeValidManifest()\n\nExpected no errors for Kubernetes 1.28, found 1 error:\n\n' +
        `Job "job"\n${formatViolation(finding!, undefined, 'construct').replace(/^/gm, '  ')}`,
    );
  });

  it('fails when a chart holds an invalid cdk8s-plus Job, naming its construct path', () => {
    const chart = testChart();
    nightlyReport(chart, 'nightly', { image: 'reports:1.4.0', restartPolicy: kplus.RestartPolicy.ALWAYS });
    const message = failureOf(() => expect(chart).toBeValidManifest({ kubernetesVersion: '1.30' }));
    expect(message).toContain('expect(received).toBeValidManifest({"kubernetesVersion":"1.30"})');
    expect(message).toContain('Expected no errors for Kubernetes 1.30, found 1 error:');
    expect(message).toContain('Job "reports-nightly" (reports/nightly/Resource)');
    expect(message).toContain('[job-restart-policy]');
  });

  it('fails under .not when the Job is valid', () => {
    expect(failureOf(() => expect(job('Never')).not.toBeValidManifest())).toBe(
      'expect(received).not.toBeValidManifest()\n\nExpected an error for Kubernetes 1.28, found none.',
    );
    expect(job('Always')).not.toBeValidManifest();
  });

  it('passes with warnings, and lists them when .not fails', () => {
    const dotted = job('Never', 'report.v1'); // the API server warns: not a DNS label
    expect(dotted).toBeValidManifest();
    expect(dotted).toHaveViolation('name-dns-label', 'metadata.name');
    const message = failureOf(() => expect(dotted).not.toBeValidManifest());
    expect(message).toMatch(/found none\.\n\nWarnings:\n\nJob "report\.v1"\n {2}metadata\.name: Invalid value: "report\.v1": .+ \[warning name-dns-label\]/);
  });

  it('fails when given something that is not a batch manifest', () => {
    expect(() => expect({ apiVersion: 'v1', kind: 'ConfigMap' }).toBeValidManifest()).toThrow(
      'toBeValidManifest: judges batch Job and CronJob manifests, received ConfigMap (no name) (v1)',
    );
    expect(() => expect('kind: Job').toBeValidManifest()).toThrow(/expected a manifest .* received string "kind: Job"/);
  });
});

describe('toHaveViolation', () => {
  it('passes when the rule reports, at the given path when one is given', () => {
    expect(job('Always')).toHaveViolation('job-restart-policy');
    expect(job('Always')).toHaveViolation('job-restart-policy', 'spec.template.spec.restartPolicy');
    expect(job('Never')).not.toHaveViolation('job-restart-policy');
  });

  it('fails when the rule reports elsewhere, listing what was found', () => {
    const message = failureOf(() => expect(job('Always')).toHaveViolation('job-restart-policy', 'spec.template.spec'));
    expect(message).toContain('Expected a job-restart-policy finding at spec.template.spec for Kubernetes 1.28, found only:');
    expect(message).toMatch(/\n {2}spec\.template\.spec\.restartPolicy: .+ \[job-restart-policy\]\n/);
  });

  it('fails when there are no findings at all', () => {
    expect(failureOf(() => expect(job('Never')).toHaveViolation('job-restart-policy'))).toBe(
      'expect(received).toHaveViolation("job-restart-policy")\n\nExpected a job-restart-policy finding for Kubernetes 1.28, found no findings.',
    );
  });

  it('fails under .not when the rule reports, showing the finding', () => {
    const message = failureOf(() => expect(job('Always')).not.toHaveViolation('job-restart-policy'));
    expect(message).toContain('expect(received).not.toHaveViolation("job-restart-policy")');
    expect(message).toContain('Expected no job-restart-policy finding for Kubernetes 1.28, found 1:');
  });
});
