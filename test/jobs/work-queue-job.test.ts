import { Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { WORK_QUEUE_ENV, WorkQueue, WorkQueueJob, type WorkQueueJobProps } from '../../lib';
import { errorsOf, manifestOf, synthError, testChart, toYaml } from './support';

const worker = { name: 'worker', image: 'gcr.io/kuar-demo/kuard-amd64:1' };

function envOf(container: { env?: Array<{ name: string; value?: string }> }): Record<string, string | undefined> {
  return Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
}

describe('WorkQueueJob', () => {
  it('synthesizes workers and their queue (snapshot)', async () => {
    const chart = testChart();
    const queue = new WorkQueue(chart, 'Queue', { name: 'queue', image: worker.image, port: 8080, path: '/memq/server', queueName: 'keygen' });
    new WorkQueueJob(chart, 'Consumers', { metadata: { name: 'consumers' }, parallelism: 5, queue, containers: [worker] });
    await expect(toYaml(Testing.synth(chart))).toMatchFileSnapshot('./__snapshots__/work-queue-job.k8s.yaml');
  });

  it('emits parallelism and never completions', () => {
    const job = new WorkQueueJob(testChart(), 'Job', { parallelism: 5, containers: [worker] });
    const spec = manifestOf(job).spec;
    expect(spec.parallelism).toBe(5);
    expect('completions' in spec).toBe(false);
    expect(job.parallelism).toBe(5);
  });

  it('gives every container the queue address in the documented variables', () => {
    const chart = testChart();
    const queue = new WorkQueue(chart, 'Queue', { name: 'queue', image: 'q', port: 8080, path: '/memq/server', queueName: 'keygen' });
    const job = new WorkQueueJob(chart, 'Job', { parallelism: 2, queue, containers: [worker] });
    job.addContainer({ name: 'sidekick', image: 'busybox' });
    const containers = manifestOf(job).spec.template.spec.containers;
    for (const container of containers) {
      expect(envOf(container)).toEqual({
        [WORK_QUEUE_ENV.HOST]: 'queue',
        [WORK_QUEUE_ENV.PORT]: '8080',
        [WORK_QUEUE_ENV.URL]: 'http://queue:8080/memq/server',
        [WORK_QUEUE_ENV.NAME]: 'keygen',
      });
    }
    expect(containers).toHaveLength(2);
  });

  it('points workers at an existing queue with WorkQueue.fromAddress', () => {
    const queue = WorkQueue.fromAddress({ host: 'redis.queues.svc', port: 6379, scheme: 'redis', queueName: 'jobs' });
    expect(queue.url).toBe('redis://redis.queues.svc:6379');
    const job = new WorkQueueJob(testChart(), 'Job', { parallelism: 2, queue, containers: [worker] });
    expect(envOf(manifestOf(job).spec.template.spec.containers[0])).toMatchObject({ WORK_QUEUE_URL: 'redis://redis.queues.svc:6379', WORK_QUEUE_NAME: 'jobs' });
  });

  it('keeps a queue variable the container sets itself', () => {
    const queue = WorkQueue.fromAddress({ host: 'q', port: 1 });
    const job = new WorkQueueJob(testChart(), 'Job', {
      parallelism: 1,
      queue,
      containers: [{ ...worker, envVariables: { WORK_QUEUE_HOST: kplus.EnvValue.fromValue('mine') } }],
    });
    expect(envOf(manifestOf(job).spec.template.spec.containers[0]).WORK_QUEUE_HOST).toBe('mine');
  });

  it('adds no queue variables without a queue', () => {
    const job = new WorkQueueJob(testChart(), 'Job', { parallelism: 2, containers: [worker] });
    expect(manifestOf(job).spec.template.spec.containers[0].env).toBeUndefined();
  });

  it('fails when plain JavaScript passes completions (never dropped silently)', () => {
    const props = { parallelism: 2, completions: 4, containers: [worker] } as unknown as WorkQueueJobProps;
    expect(() => new WorkQueueJob(testChart(), 'Job', props)).toThrowErrorMatchingInlineSnapshot(
      `[Error: WorkQueueJob does not take 'completions' (got 4): a work-queue Job leaves spec.completions unset; use ParallelJob or IndexedJob for a completion count]`,
    );
  });
});

describe('WorkQueue', () => {
  it('is an apps/v1 Deployment with one replica and a Service on the port', () => {
    const chart = testChart();
    const queue = new WorkQueue(chart, 'Queue', { name: 'queue', image: 'q:1', port: 8080, labels: { app: 'work-queue' } });
    const [deployment, service] = Testing.synth(chart);
    expect(deployment.apiVersion).toBe('apps/v1');
    expect(deployment.kind).toBe('Deployment');
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    expect(deployment.spec.template.spec.containers[0]).toMatchObject({ name: 'queue', image: 'q:1', ports: [{ containerPort: 8080 }] });
    expect(deployment.spec.template.metadata.labels.app).toBe('work-queue');
    expect(service.kind).toBe('Service');
    expect(service.metadata.name).toBe('queue');
    expect(service.spec.ports).toEqual([{ port: 8080, targetPort: 8080 }]);
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(queue.url).toBe('http://queue:8080');
  });
});

// These wait on the engine's rules job-non-negative-fields and job-restart-policy.
describe('WorkQueueJob synth-time errors', () => {
  it('reports a negative parallelism [job-non-negative-fields]', () => {
    const chart = testChart();
    const job = new WorkQueueJob(chart, 'Job', { parallelism: -1, containers: [worker] });
    expect(errorsOf(job)).toContainEqual({ rule: 'job-non-negative-fields', path: 'spec.parallelism' });
    expect(synthError(chart)).toContain('[test/Job] spec.parallelism: Invalid value: -1: must be greater than or equal to 0 [job-non-negative-fields]');
  });

  it('reports restartPolicy Always from plain JavaScript [job-restart-policy]', () => {
    const job = new WorkQueueJob(testChart(), 'Job', { parallelism: 1, containers: [worker], restartPolicy: 'Always' } as unknown as WorkQueueJobProps);
    expect(errorsOf(job)).toContainEqual({ rule: 'job-restart-policy', path: 'spec.template.spec.restartPolicy' });
  });
});
