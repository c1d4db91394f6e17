import * as kplus from './kplus';
import type { Construct } from 'constructs';
import { defaultRestartPolicy, refuseProps, type JobOptions, type JobSelection } from './job-spec';
import { PICK_A_PATTERN, oneShotFields, patternPropsExcept } from './patterns';
import { setUpJob } from './setup';

/** Props for {@link OneShotJob}: cdk8s-plus Job props plus the common Job fields. */
export type OneShotJobProps = JobOptions & JobSelection;

/**
 * One pod run to success, retried up to `backoffLimit` times: a database migration, a backup.
 * `completions` and `parallelism` are not props (Kubernetes defaults both to 1).
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#parallel-jobs
 */
export class OneShotJob extends kplus.Job {
  constructor(scope: Construct, id: string, props: OneShotJobProps = {}) {
    refuseProps('OneShotJob', props, patternPropsExcept(), PICK_A_PATTERN);
    super(scope, id, { ...props, restartPolicy: defaultRestartPolicy(props) });
    setUpJob(this, props, oneShotFields());
  }
}
