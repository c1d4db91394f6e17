import type { PatternFields } from './job-spec';
import {
  indexedFields,
  oneShotFields,
  parallelFields,
  workQueueFields,
  type IndexedOptions,
  type ParallelOptions,
  type WorkQueueOptions,
} from './patterns';
import type { IWorkQueue } from './work-queue';

/**
 * The Job pattern a CronJob creates on each run: the same patterns, props and rules as the Job
 * constructs (template expansion excepted: a CronJob creates one Job per run).
 */
export class CronJobTemplate {
  /** One pod run to success per run (the default). */
  public static oneShot(): CronJobTemplate {
    return new CronJobTemplate(oneShotFields());
  }

  /** A fixed completion count per run, like `ParallelJob`. */
  public static parallel(options: ParallelOptions): CronJobTemplate {
    return new CronJobTemplate(parallelFields(options));
  }

  /** A pool of queue workers per run, like `WorkQueueJob` (no `completions`). */
  public static workQueue(options: WorkQueueOptions): CronJobTemplate {
    return new CronJobTemplate(workQueueFields(options), options.queue);
  }

  /** Indexed completions per run, like `IndexedJob`. */
  public static indexed(options: IndexedOptions): CronJobTemplate {
    return new CronJobTemplate(indexedFields(options));
  }

  private constructor(
    /** @internal */
    public readonly _fields: PatternFields,
    /** The queue whose address the workers get (work-queue template only). */
    public readonly queue?: IWorkQueue,
  ) {}
}
