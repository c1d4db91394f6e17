import * as kplus from './kplus';
import type { Construct } from 'constructs';
import { defaultRestartPolicy, refuseProps, type JobOptions, type JobSelection } from './job-spec';
import { PICK_A_PATTERN, parallelFields, patternPropsExcept, type ParallelOptions } from './patterns';
import { setUpJob } from './setup';

/** Props for {@link ParallelJob}. */
export type ParallelJobProps = JobOptions & ParallelOptions & JobSelection;

/**
 * Interchangeable pods run until `completions` of them have succeeded, at most `parallelism` at a
 * time: the "parallel Job with a fixed completion count" pattern.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#parallel-jobs
 */
export class ParallelJob extends kplus.Job {
  /** How many pods must succeed. */
  public readonly completions: number;
  /** Maximum pods at a time, when set. */
  public readonly parallelism?: number;

  constructor(scope: Construct, id: string, props: ParallelJobProps) {
    refuseProps('ParallelJob', props, patternPropsExcept('completions', 'parallelism'), PICK_A_PATTERN);
    super(scope, id, { ...props, restartPolicy: defaultRestartPolicy(props) });
    this.completions = props.completions;
    this.parallelism = props.parallelism;
    setUpJob(this, props, parallelFields(props));
  }
}
