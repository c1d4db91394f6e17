import { Chart, Cron } from 'cdk8s';
import type { Construct } from 'constructs';
import { CronJob } from '../lib';

/**
 * The seed guide's CronJob, daily at midnight. cdk8s-plus adds `concurrencyPolicy: Forbid` and
 * `startingDeadlineSeconds: 10`, where Kubernetes would default to Allow and no deadline.
 */
export class DailyCronJobChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new CronJob(this, 'DailyJob', {
      metadata: { name: 'daily-job' },
      schedule: Cron.daily(),
      containers: [{ name: 'daily-task', image: 'alpine', command: ['sh', '-c', 'echo Daily Task'] }],
    });
  }
}
