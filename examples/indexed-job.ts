import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { IndexedJob } from '../lib';

/** The seed guide's Indexed Job: three pods, each printing its completion index. */
export class IndexedJobChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new IndexedJob(this, 'IndexedJob', {
      metadata: { name: 'indexed-job' },
      completions: 3,
      parallelism: 3,
      containers: [{ name: 'worker', image: 'busybox', command: ['sh', '-c', 'echo Job index: $(JOB_COMPLETION_INDEX)'] }],
    });
  }
}
