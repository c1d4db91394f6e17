import * as kplus from './kplus';
import type { Construct } from 'constructs';
import { defaultRestartPolicy, refuseProps, type JobOptions, type JobSelection } from './job-spec';
import { patternPropsExcept, workQueueFields, type WorkQueueOptions } from './patterns';
import { setUpJob } from './setup';
import { addWorkQueueEnv, type IWorkQueue } from './work-queue';

/** Props for {@link WorkQueueJob}. There is deliberately no `completions`. */
export type WorkQueueJobProps = JobOptions & WorkQueueOptions & JobSelection;

/**
 * A pool of `parallelism` workers that take items from a queue until it is empty; the Job
 * succeeds once a worker has exited successfully and all have stopped. `spec.completions` is
 * never emitted. With `queue`, every container (also those added later with `addContainer`)
 * gets the queue's address in the `WORK_QUEUE_ENV` variables.
 * @see https://kubernetes.io/docs/tasks/job/coarse-parallel-processing-work-queue/
 */
export class WorkQueueJob extends kplus.Job {
  /** Number of workers. */
  public readonly parallelism: number;
  /** The queue whose address the workers get, if any. */
  public readonly queue?: IWorkQueue;

  constructor(scope: Construct, id: string, props: WorkQueueJobProps) {
    refuseProps('WorkQueueJob', props, patternPropsExcept('parallelism'), 'a work-queue Job leaves spec.completions unset; use ParallelJob or IndexedJob for a completion count');
    super(scope, id, { ...props, restartPolicy: defaultRestartPolicy(props) });
    this.parallelism = props.parallelism;
    this.queue = props.queue;
    for (const container of this.containers) addWorkQueueEnv(container, this.queue);
    setUpJob(this, props, workQueueFields(props));
  }

  /** Adds a container; it gets the queue's address too. */
  public override addContainer(cont: kplus.ContainerProps): kplus.Container {
    const container = super.addContainer(cont);
    // undefined while cdk8s-plus's constructor adds props.containers; those are handled above
    addWorkQueueEnv(container, this.queue);
    return container;
  }
}
