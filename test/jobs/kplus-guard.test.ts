import { ApiObject, Cron, JsonPatch } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { CronJob, CronJobTemplate, IndexedJob, OneShotJob } from '../../lib';
import { LintedApiObject } from '../../lib/jobs/linted-api-object';
import { manifestOf, testChart } from './support';

// lib/jobs/api-object.ts replaces cdk8s-plus's L1 child and relies on cdk8s-plus internals.
// These tests fail loudly when an upgrade of cdk8s-plus changes any of them.
describe('what the constructs rely on in cdk8s-plus-28', () => {
  it('cdk8s-plus renders a Job through a child "Resource" and an @internal _toKube()', () => {
    const job = new kplus.Job(testChart(), 'Job', { containers: [{ image: 'busybox' }] });
    // (ApiObject's Symbol.hasInstance makes any ApiObject an instance of KubeJob: compare constructors)
    expect(job.node.tryFindChild('Resource')?.constructor).toBe(kplus.k8s.KubeJob);
    expect(typeof job._toKube).toBe('function');
    expect(typeof kplus.k8s.toJson_JobSpec).toBe('function');
    expect(typeof kplus.k8s.toJson_CronJobSpec).toBe('function');
  });

  it('cdk8s-plus KubeJob drops fields Kubernetes 1.28 does not know, even when patched in (why we replace it)', () => {
    const job = new kplus.Job(testChart(), 'Job', { containers: [{ image: 'busybox' }] });
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/managedBy', 'example.com/x'));
    expect(manifestOf(job).spec.managedBy).toBeUndefined();
  });

  it('our Job emits 1.30+ fields and whatever a user patches in, unfiltered', () => {
    const job = new IndexedJob(testChart(), 'Job', { containers: [{ image: 'busybox' }], completions: 2, managedBy: 'example.com/x', successPolicy: [{ succeededCount: 1 }] });
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/bogusField', 1));
    const manifest = manifestOf(job);
    // a plain cdk8s ApiObject subclass (lib/jobs/linted-api-object.ts), not cdk8s-plus's filtering KubeJob
    expect(ApiObject.of(job).constructor).toBe(LintedApiObject);
    expect(Object.getPrototypeOf(LintedApiObject)).toBe(ApiObject);
    expect(job.node.findAll().filter((c) => c instanceof ApiObject)).toHaveLength(1);
    expect(manifest.apiVersion).toBe('batch/v1');
    expect(manifest.kind).toBe('Job');
    expect(manifest.spec.managedBy).toBe('example.com/x');
    expect(manifest.spec.successPolicy).toEqual({ rules: [{ succeededCount: 1 }] });
    expect(manifest.spec.bogusField).toBe(1);
  });

  it('our Job keeps cdk8s-plus wire conversions (quantities, metadata, name)', () => {
    const job = new OneShotJob(testChart(), 'Job', { metadata: { name: 'x', labels: { a: 'b' } }, containers: [{ image: 'busybox' }] });
    const manifest = manifestOf(job);
    expect(manifest.metadata).toEqual({ name: 'x', labels: { a: 'b' } });
    expect(job.name).toBe('x');
    expect(manifest.spec.template.spec.containers[0].resources.limits).toEqual({ cpu: '1500m', memory: '2048Mi' });
  });

  it('our CronJob puts the job fields in spec.jobTemplate.spec and keeps cdk8s-plus CronJob fields', () => {
    const cronJob = new CronJob(testChart(), 'Cron', {
      containers: [{ image: 'busybox' }],
      schedule: Cron.daily(),
      managedBy: 'example.com/x',
      jobTemplate: CronJobTemplate.parallel({ completions: 2 }),
    });
    const spec = manifestOf(cronJob).spec;
    expect(manifestOf(cronJob).kind).toBe('CronJob');
    expect(spec.schedule).toBe('0 0 * * *');
    expect(spec.jobTemplate.spec.completions).toBe(2);
    expect(spec.jobTemplate.spec.managedBy).toBe('example.com/x');
    expect(spec.jobTemplate.spec.template.spec.containers).toHaveLength(1);
  });
});
