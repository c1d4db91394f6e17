import { Chart } from 'cdk8s';
import * as kplus from './kplus';
import type { Construct } from 'constructs';
import { CronJob, OneShotJob, ParallelJob, WorkQueueJob } from '../lib';

/**
 * The seed guide's "real-world examples": a database migration, distributed training (a worker
 * pool: parallelism without completions), data processing (10 completions, 5 at a time), a
 * nightly log cleanup and a database backup.
 */
export class GuideJobsChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const dbSecret = kplus.Secret.fromSecretName(this, 'DbSecret', 'db-secret');
    new OneShotJob(this, 'DbMigration', {
      metadata: { name: 'db-migration' },
      containers: [
        {
          name: 'migrator',
          image: 'migrate:latest',
          args: ['up'],
          envVariables: { DATABASE_URL: kplus.EnvValue.fromSecretValue({ secret: dbSecret, key: 'url' }) },
        },
      ],
    });
    new WorkQueueJob(this, 'MlTraining', {
      metadata: { name: 'ml-training' },
      parallelism: 4,
      containers: [
        {
          name: 'trainer',
          image: 'ml-trainer:latest',
          command: ['python', 'train.py'],
          envVariables: { DATA_PATH: kplus.EnvValue.fromValue('/data/input') },
        },
      ],
    });
    new ParallelJob(this, 'DataProcessing', {
      metadata: { name: 'data-processing' },
      completions: 10,
      parallelism: 5,
      containers: [{ name: 'processor', image: 'data-processor:latest', args: ['process', 'dataset'] }],
    });
    new CronJob(this, 'LogCleanup', {
      metadata: { name: 'log-cleanup' },
      schedule: '0 2 * * *',
      containers: [{ name: 'cleanup', image: 'cleanup-tool:latest', args: ['--delete', '/var/log/old'] }],
    });
    new OneShotJob(this, 'DbBackup', {
      metadata: { name: 'db-backup' },
      containers: [
        {
          name: 'backup',
          image: 'backup-tool:latest',
          command: ['backup.sh'],
          envVariables: { DB_HOST: kplus.EnvValue.fromValue('db-service') },
        },
      ],
    });
  }
}
