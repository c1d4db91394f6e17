import * as kplus from './kplus';
import type { Construct } from 'constructs';
import { lintEmittedObject } from '../objects/lint-object';
import { defaultRestartPolicy, refuseProps, type JobOptions, type JobSelection } from './job-spec';
import { indexedFields, type IndexedOptions } from './patterns';
import { setUpJob } from './setup';
import { validateOwnObjectOnSynth } from './validate-on-synth';

/** Props for {@link IndexedJob}. */
export type IndexedJobProps = JobOptions & IndexedOptions & JobSelection;

/** Props for {@link IndexedJob.withWorkItems}: `completions` is the number of work items. */
export type IndexedWorkItemsProps = JobOptions &
  Omit<IndexedOptions, 'completions'> &
  JobSelection & {
    /**
     * The work items, one per index: pod `i` processes `workItems[i]`. They are stored in a
     * ConfigMap (keys `"0"`, `"1"`, ...; at most 1 MiB in all) mounted read-only in every container.
     */
    readonly workItems: readonly string[];
    /**
     * Where the ConfigMap is mounted.
     * @default "/etc/work-items"
     */
    readonly workItemsPath?: string;
  };

/** Environment variable holding the path of the pod's own work item (see {@link IndexedJob.withWorkItems}). */
export const WORK_ITEM_FILE_ENV = 'WORK_ITEM_FILE';

/** The pod annotation the Job controller writes the completion index to. */
const COMPLETION_INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';

/**
 * A Job whose pods each get a completion index, 0 to `completions - 1` (in `JOB_COMPLETION_INDEX`,
 * the pod hostname `<job-name>-<index>` and an annotation); the Job succeeds when every index has
 * succeeded once. For static work assignment use {@link IndexedJob.withWorkItems}.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/job/#completion-mode
 */
export class IndexedJob extends kplus.Job {
  /**
   * Static work assignment: one index per work item, `completions` derived from the list. Every
   * container of `props.containers` finds its own item in the file named by `WORK_ITEM_FILE`
   * (`<workItemsPath>/<JOB_COMPLETION_INDEX>`), e.g. `command: ['sh', '-c', 'process "$(cat $WORK_ITEM_FILE)"']`.
   * @see https://kubernetes.io/docs/tasks/job/indexed-parallel-processing-static/
   */
  public static withWorkItems(scope: Construct, id: string, props: IndexedWorkItemsProps): IndexedJob {
    const { workItems, workItemsPath = '/etc/work-items', ...jobProps } = props;
    const job = new IndexedJob(scope, id, { ...jobProps, completions: workItems.length } as IndexedJobProps);
    const configMap = new kplus.ConfigMap(job, 'WorkItems', {
      metadata: { namespace: job.metadata.namespace },
      data: Object.fromEntries(workItems.map((item, index) => [String(index), item])),
    });
    validateOwnObjectOnSynth(configMap, lintEmittedObject);
    const volume = kplus.Volume.fromConfigMap(job, 'WorkItemsVolume', configMap, { name: 'work-items' });
    for (const container of job.containers) {
      container.mount(workItemsPath, volume, { readOnly: true });
      // Declared here (the controller skips its own copy) so WORK_ITEM_FILE can refer to it.
      container.env.addVariable('JOB_COMPLETION_INDEX', kplus.EnvValue.fromFieldRef(kplus.EnvFieldPaths.POD_ANNOTATION, { key: COMPLETION_INDEX_ANNOTATION }));
      container.env.addVariable(WORK_ITEM_FILE_ENV, kplus.EnvValue.fromValue(`${workItemsPath}/$(JOB_COMPLETION_INDEX)`));
    }
    return job;
  }

  /** Number of indexes. */
  public readonly completions: number;
  /** Maximum pods at a time, when set. */
  public readonly parallelism?: number;

  constructor(scope: Construct, id: string, props: IndexedJobProps) {
    refuseProps('IndexedJob', props, ['completionMode'], 'an IndexedJob is always Indexed; use ParallelJob for interchangeable completions');
    super(scope, id, { ...props, restartPolicy: defaultRestartPolicy(props) });
    this.completions = props.completions;
    this.parallelism = props.parallelism;
    setUpJob(this, props, indexedFields(props));
  }
}
