import { Chart, Duration } from 'cdk8s';
import * as kplus from './kplus';
import type { Construct } from 'constructs';
import { OneShotJob } from '../lib';

const pi = { name: 'pi', image: 'perl', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] };

/** The Kubernetes Job docs: pi, pi-with-timeout (active deadline) and pi-with-ttl (cleanup after 100 s). */
export class PiChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new OneShotJob(this, 'Pi', {
      metadata: { name: 'pi' },
      backoffLimit: 4,
      restartPolicy: kplus.RestartPolicy.NEVER,
      containers: [pi],
    });
    new OneShotJob(this, 'PiWithTimeout', {
      metadata: { name: 'pi-with-timeout' },
      backoffLimit: 5,
      activeDeadline: Duration.seconds(100),
      restartPolicy: kplus.RestartPolicy.NEVER,
      containers: [pi],
    });
    new OneShotJob(this, 'PiWithTtl', {
      metadata: { name: 'pi-with-ttl' },
      ttlAfterFinished: Duration.seconds(100),
      restartPolicy: kplus.RestartPolicy.NEVER,
      containers: [pi],
    });
  }
}
