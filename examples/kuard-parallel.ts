import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { ParallelJob } from '../lib';

/** Kubernetes: Up and Running, Example 10-3: 100 keys as 10 completions, at most 5 pods at a time. */
export class KuardParallelChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const labels = { chapter: 'jobs' };
    new ParallelJob(this, 'Parallel', {
      metadata: { name: 'parallel', labels },
      podMetadata: { labels },
      completions: 10,
      parallelism: 5,
      containers: [
        {
          name: 'kuard',
          image: 'gcr.io/kuar-demo/kuard-amd64:1',
          args: ['--keygen-enable', '--keygen-exit-on-complete', '--keygen-num-to-gen=10'],
        },
      ],
    });
  }
}
