/**
 * The newest supported version works in every entry point: the linter, the cdk8s plugin, the
 * testing kit and the constructs (what a user on the newest Kubernetes reaches first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chart, Testing, Yaml } from 'cdk8s';
import type * as cli from 'cdk8s-cli/lib/plugins/validation';
import * as kplus from 'cdk8s-plus-28';
import { afterAll, describe, expect, it } from 'vitest';
import { JobsValidation, KUBERNETES_VERSION_CONTEXT_KEY, KUBERNETES_VERSIONS, OneShotJob } from '../../lib';
import { synthManifests } from '../../lib/testing';
import { runCli } from '../cli/run-cli';

const NEWEST = KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1];
const { ValidationContext } = createRequire(__filename)('cdk8s-cli/plugins') as typeof cli;
const dir = mkdtempSync(join(tmpdir(), 'newest-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A Job that uses `spec.scheduling`, a field only the newest batch/v1 (1.37) has. */
const JOB = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'gang' },
  spec: {
    scheduling: { schedulingPolicy: { gang: { minCount: 1 } } },
    template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'busybox:1.37' }] } },
  },
};

describe(`Kubernetes ${NEWEST} in every entry point`, () => {
  it('the linter takes --kubernetes-version and knows its fields', () => {
    const file = join(dir, 'gang.yaml');
    writeFileSync(file, Yaml.stringify(JOB));
    const newest = runCli(['lint', '-o', 'json', '--kubernetes-version', NEWEST, file]);
    expect(newest.stderr).toBe('');
    const report = JSON.parse(newest.stdout);
    expect(report.kubernetesVersion).toBe(NEWEST);
    expect(report.summary.errors).toBe(0);
    expect(report.results[0].violations.map((v: { rule: string; path: string }) => [v.rule, v.path])).toContainEqual(['feature-gated-field', 'spec.scheduling']);
    expect(runCli(['lint', '--kubernetes-version', '1.36', file]).status).toBe(1);
  });

  it('the cdk8s plugin takes it', async () => {
    const path = join(dir, 'chart.k8s.yaml');
    writeFileSync(path, Yaml.stringify(JOB));
    const context = new ValidationContext([path], 'cdk8s-jobs', '0.1.0', {}, false);
    await new JobsValidation({ kubernetesVersion: NEWEST }).validate(context);
    expect(context.report.success).toBe(true);
  });

  it('the testing kit and the constructs take it', () => {
    const app = Testing.app();
    app.node.setContext(KUBERNETES_VERSION_CONTEXT_KEY, NEWEST);
    const chart = new Chart(app, 'test');
    new OneShotJob(chart, 'Job', { containers: [{ image: 'busybox:1.37', securityContext: { ensureNonRoot: false } }], restartPolicy: kplus.RestartPolicy.NEVER });
    expect(synthManifests(chart, { kubernetesVersion: NEWEST })).toHaveLength(1);
    expect(() => Testing.synth(chart)).not.toThrow();
  });
});
