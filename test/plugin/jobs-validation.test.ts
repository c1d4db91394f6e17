import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Yaml } from 'cdk8s';
import type * as cli from 'cdk8s-cli/lib/plugins/validation';
import { afterAll, describe, expect, it } from 'vitest';
import { JobsValidation, lintManifest } from '../../lib';

// The real cdk8s-cli classes. Types come from the file path (moduleResolution node10 cannot see
// cdk8s-cli's `exports` map); the value comes through the public entry `cdk8s-cli/plugins`.
const { ValidationContext } = createRequire(__filename)('cdk8s-cli/plugins') as typeof cli;

function job(name: string, restartPolicy: string, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name },
    spec: {
      ttlSecondsAfterFinished: 600,
      activeDeadlineSeconds: 300,
      template: { spec: { restartPolicy, containers: [{ name: 'main', image: 'busybox:1.36', resources: { requests: { cpu: '100m', memory: '64Mi' } } }] } },
      ...extra,
    },
  };
}

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes each list of documents to its own YAML file and returns a real cdk8s-cli context. */
function contextFor(...files: unknown[][]): cli.ValidationContext {
  const dir = mkdtempSync(join(tmpdir(), 'jobs-validation-'));
  tempDirs.push(dir);
  const paths = files.map((docs, i) => {
    const path = join(dir, `chart-${i}.k8s.yaml`);
    writeFileSync(path, Yaml.stringify(...docs));
    return path;
  });
  return new ValidationContext(paths, 'cdk8s-jobs', '0.1.0', { 'bad-a': { path: 'chart/bad-a/Resource' } }, false);
}

describe('JobsValidation', () => {
  it('is a cdk8s-cli Validation and submits success for valid Jobs, skipping other kinds', async () => {
    const plugin: cli.Validation = new JobsValidation({ kubernetesVersion: '1.30' });
    const context = contextFor([job('ok', 'Never'), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ok' } }]);
    await plugin.validate(context);
    expect(context.report.success).toBe(true);
    expect(context.report.toJson().violations).toEqual([]);
    expect(context.report.toJson().summary.metadata).toEqual({
      'Kubernetes version': '1.30',
      'Jobs and CronJobs': '1',
      Errors: '0',
      Warnings: '0',
    });
  });

  it('reports one entry per rule, with every object that breaks it and each finding as a location', async () => {
    const context = contextFor([job('bad-a', 'Always')], [job('fine', 'OnFailure'), job('bad-b', 'Always')]);
    await new JobsValidation().validate(context);
    const [manifestA, manifestB] = context.manifests;
    const [finding] = lintManifest(job('bad-a', 'Always'));
    const location = `${finding!.path}: ${finding!.message}`;
    expect(finding).toMatchObject({ rule: 'job-restart-policy', path: 'spec.template.spec.restartPolicy' });
    expect(context.report.success).toBe(false);
    expect(context.report.toJson().violations).toEqual([
      {
        ruleName: 'job-restart-policy',
        recommendation: expect.stringMatching(/\(the API server rejects the object otherwise\)$/),
        fix: expect.stringContaining('see https://kubernetes.io/'),
        violatingConstructs: [
          {
            resourceName: 'bad-a',
            manifestPath: manifestA,
            constructPath: 'chart/bad-a/Resource',
            locations: [location],
          },
          {
            resourceName: 'bad-b',
            manifestPath: manifestB,
            constructPath: undefined,
            locations: [location],
          },
        ],
      },
    ]);
  });

  it('reports warnings and still submits success', async () => {
    const context = contextFor([job('report.v1', 'Never')]); // the API server warns: not a DNS label
    await new JobsValidation().validate(context);
    expect(context.report.success).toBe(true);
    expect(context.report.toJson().violations.map((v) => v.ruleName)).toEqual(['name-dns-label (warning)']);
    expect(context.report.toJson().summary.metadata).toMatchObject({ Errors: '0', Warnings: '1' });
  });

  it('reports a CronJob written by hand with the rule id in the CLI table', async () => {
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'cleanup' },
      spec: { schedule: '0 3 * * *', jobTemplate: { spec: job('x', 'Always').spec } },
    };
    const context = contextFor([cronJob]);
    await new JobsValidation({ kubernetesVersion: '1.28' }).validate(context);
    expect(context.report.success).toBe(false);
    const table = context.report.toString();
    expect(table).toContain('job-restart-policy (1 occurrences)');
    expect(table).toContain('> spec.jobTemplate.spec.template.spec.restartPolicy: ');
  });

  it('fails at construction when the version is not supported, as cdk8s.yaml properties may hold a number', () => {
    expect(() => new JobsValidation({ kubernetesVersion: 1.3 as never })).toThrow(/unsupported Kubernetes version 1.3/);
    expect(new JobsValidation().kubernetesVersion).toBe('1.28');
  });

  it('takes rule levels in its properties and counts what they silence', async () => {
    const context = contextFor([job('report.v1', 'Never', { ttlSecondsAfterFinished: null })]);
    await new JobsValidation({ rules: { 'name-dns-label': 'off', 'job-ttl-after-finished': 'error' } }).validate(context);
    expect(context.report.success).toBe(false);
    expect(context.report.toJson().violations.map((v) => v.ruleName)).toEqual(['job-ttl-after-finished']);
    expect(context.report.toJson().summary.metadata).toMatchObject({ Errors: '1', Warnings: '0', Suppressed: '1' });
  });

  it('refuses unknown properties and rule ids with a "did you mean"', () => {
    expect(() => new JobsValidation({ kubernetesVersoin: '1.30' } as never)).toThrow(/kubernetesVersoin: unknown key; did you mean "kubernetesVersion"\?/);
    expect(() => new JobsValidation({ rules: { 'job-restart-polcy': 'off' } })).toThrow(/rules\.job-restart-polcy: unknown rule id; did you mean "job-restart-policy"\?/);
    expect(() => new JobsValidation({ rules: { 'job-restart-policy': 'off' } })).toThrow(/API-server error .* state why/);
    expect(() => new JobsValidation({ ignorePaths: ['x'] } as never)).toThrow(/ignorePaths: unknown key; ignorePaths is not used here/);
  });
});
