import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { ParallelJob } from '../lib';

/**
 * The Kubernetes Job docs, "Suspending a Job": `myjob`, created suspended with 5 completions one
 * at a time. The docs elide the pod template; a placeholder container stands in for it.
 */
export class SuspendedJobChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new ParallelJob(this, 'MyJob', {
      metadata: { name: 'myjob' },
      suspend: true,
      completions: 5,
      parallelism: 1,
      containers: [{ name: 'work', image: 'busybox:1.36', command: ['sh', '-c', 'echo working; sleep 10'] }],
    });
  }
}
