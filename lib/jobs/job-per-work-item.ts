import { Names } from 'cdk8s';
import { Construct } from 'constructs';
import { OneShotJob, type OneShotJobProps } from './one-shot-job';

/** Props for {@link JobPerWorkItem}. */
export interface JobPerWorkItemProps<T> {
  /** The work items; one Job is emitted for each, in this order. */
  readonly items: readonly T[];
  /**
   * The Job for one item. `metadata.name` is replaced by the generated name, and the group
   * label is added to the Job's and the pod template's labels.
   */
  readonly job: (item: T, index: number) => OneShotJobProps;
  /**
   * The name part for one item. It is lowercased and reduced to DNS-label characters; names that
   * collide after that get `-<index>` appended.
   * @default - the item itself when it is a string or a number, else its index
   */
  readonly nameOf?: (item: T, index: number) => string;
  /**
   * First part of every Job name, and the value of the group label.
   * @default - derived from the construct path, without a hash (e.g. `reports-process`)
   */
  readonly baseName?: string;
  /**
   * Label key shared by every Job of the group (value: `baseName`), on the Jobs and their pods,
   * so `kubectl get jobs -l <key>=<baseName>` lists them all.
   * @default "jobgroup" (as in the Kubernetes docs)
   */
  readonly groupLabel?: string;
}

/** Longest Job name that still fits the generated `job-name` pod label. */
const MAX_JOB_NAME = 63;

/**
 * One Job per work item, from a template function: the "Job template expansion" pattern. Each Job
 * is a `OneShotJob` (completions and parallelism 1) with a unique, valid name
 * `<baseName>-<item>` and the group label that selects them all.
 * @see https://kubernetes.io/docs/tasks/job/parallel-processing-expansion/
 */
export class JobPerWorkItem<T> extends Construct {
  /** The Jobs, in item order. */
  public readonly jobs: readonly OneShotJob[];
  /** First part of every Job name and the group label's value. */
  public readonly baseName: string;
  /** The label (key and value) every Job and pod of the group carries. */
  public readonly groupLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: JobPerWorkItemProps<T>) {
    super(scope, id);
    this.baseName = props.baseName ?? Names.toDnsLabel(this, { includeHash: false });
    this.groupLabels = { [props.groupLabel ?? 'jobgroup']: this.baseName };
    const nameOf = props.nameOf ?? defaultNameOf;
    const names = uniqueJobNames(this.baseName, props.items.map((item, index) => nameOf(item, index)));
    this.jobs = props.items.map((item, index) => {
      const jobProps = props.job(item, index);
      const name = names[index];
      return new OneShotJob(this, name, {
        ...jobProps,
        metadata: { ...jobProps.metadata, name, labels: { ...jobProps.metadata?.labels, ...this.groupLabels } },
        podMetadata: { ...jobProps.podMetadata, labels: { ...jobProps.podMetadata?.labels, ...this.groupLabels } },
      });
    });
  }
}

function defaultNameOf(item: unknown, index: number): string {
  return typeof item === 'string' || typeof item === 'number' ? String(item) : String(index);
}

/** `<base>-<slug>` names, at most 63 characters, unique (a colliding name gets `-<index>`). */
export function uniqueJobNames(base: string, parts: readonly string[]): string[] {
  const fit = (suffix: string) => withoutTrailingDashes(`${base}-${suffix}`.slice(0, MAX_JOB_NAME));
  const first = parts.map((part, index) => fit(toSlug(part) || String(index)));
  const counts = new Map<string, number>();
  for (const name of first) counts.set(name, (counts.get(name) ?? 0) + 1);
  const used = new Set(first.filter((name) => counts.get(name) === 1));
  return first.map((name, index) => {
    if (counts.get(name) === 1) return name;
    for (let attempt = 0; ; attempt++) {
      const suffix = attempt === 0 ? `-${index}` : `-${index}-${attempt}`;
      const candidate = `${withoutTrailingDashes(name.slice(0, MAX_JOB_NAME - suffix.length))}${suffix}`;
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  });
}

/** Cut by index, not with `/-+$/`, which retries at every dash of a long run (quadratic). */
function withoutTrailingDashes(name: string): string {
  let end = name.length;
  while (end > 0 && name[end - 1] === '-') end--;
  return name.slice(0, end);
}

function toSlug(text: string): string {
  // After the first replace a run of dashes is one dash, so one at each end is all there is.
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
