import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { WORK_QUEUE_ENV, WorkQueue, WorkQueueJob } from '../lib';

const KUARD = 'gcr.io/kuar-demo/kuard-amd64:1';

/**
 * Kubernetes: Up and Running, Examples 10-4, 10-5 and 10-7: kuard's in-memory queue (an apps/v1
 * Deployment instead of the book's extensions/v1beta1 ReplicaSet, plus the `queue` Service) and
 * five consumers that read it until it is empty. The consumers get the queue's address from
 * the WORK_QUEUE_* variables (the book's image name `kuar-amd64` is a typo for `kuard-amd64`).
 */
export class KuardWorkQueueChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const queue = new WorkQueue(this, 'Queue', {
      name: 'queue',
      image: KUARD,
      port: 8080,
      path: '/memq/server',
      queueName: 'keygen',
      labels: { app: 'work-queue', component: 'queue', chapter: 'jobs' },
    });
    const labels = { app: 'message-queue', component: 'consumer', chapter: 'jobs' };
    new WorkQueueJob(this, 'Consumers', {
      metadata: { name: 'consumers', labels },
      podMetadata: { labels },
      parallelism: 5,
      queue,
      containers: [
        {
          name: 'worker',
          image: KUARD,
          args: [
            '--keygen-enable',
            '--keygen-exit-on-complete',
            `--keygen-memq-server=$(${WORK_QUEUE_ENV.URL})`,
            `--keygen-memq-queue=$(${WORK_QUEUE_ENV.NAME})`,
          ],
        },
      ],
    });
  }
}
