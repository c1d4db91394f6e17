import { Chart } from 'cdk8s';
import * as kplus from './kplus';
import type { Construct } from 'constructs';
import { OneShotJob } from '../lib';

const KUARD = 'gcr.io/kuar-demo/kuard-amd64:1';
const labels = { chapter: 'jobs' };

/**
 * Kubernetes: Up and Running, chapter 10: the one-shot key generator (Example 10-1) and its two
 * failure variants (Example 10-2): exit code 1 after three keys, restarted in place
 * (OnFailure, the default) or replaced by new pods (Never). The seed reuses the name `oneshot`
 * for all three (run one after the other); here they get their own names so they can coexist.
 */
export class KuardOneShotChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new OneShotJob(this, 'OneShot', {
      metadata: { name: 'oneshot', labels },
      podMetadata: { labels },
      containers: [{ name: 'kuard', image: KUARD, args: ['--keygen-enable', '--keygen-exit-on-complete', '--keygen-num-to-gen=10'] }],
    });
    const failingArgs = ['--keygen-enable', '--keygen-exit-on-complete', '--keygen-exit-code=1', '--keygen-num-to-gen=3'];
    new OneShotJob(this, 'OneShotFailure1', {
      metadata: { name: 'oneshot-failure1', labels },
      podMetadata: { labels },
      containers: [{ name: 'kuard', image: KUARD, args: failingArgs }],
    });
    new OneShotJob(this, 'OneShotFailure2', {
      metadata: { name: 'oneshot-failure2', labels },
      podMetadata: { labels },
      restartPolicy: kplus.RestartPolicy.NEVER,
      containers: [{ name: 'kuard', image: KUARD, args: failingArgs }],
    });
  }
}
