import type { Cron, Duration } from 'cdk8s';
import * as kplus from './kplus';
import type { Construct } from 'constructs';
import { CronJobTemplate } from './cron-job-template';
import { replaceCronJobApiObject } from './api-object';
import { defaultRestartPolicy, refuseProps, toJobSpecFields, type CommonJobFields, type JobBehaviourOptions } from './job-spec';
import { PATTERN_PROPS } from './patterns';
import { validateOwnObjectOnSynth } from './validate-on-synth';
import { addWorkQueueEnv } from './work-queue';

/** Props for {@link CronJob}: cdk8s-plus CronJob props, a string schedule, the job pattern and the common Job fields. */
export interface CronJobProps extends Omit<kplus.CronJobProps, 'schedule' | 'restartPolicy'>, JobBehaviourOptions {
  /**
   * When to run: a cdk8s `Cron` (`Cron.daily()`, `Cron.schedule({...})`) or a standard 5-field
   * cron string (`"0 2 * * *"`, `"@hourly"`). Checked at synth against the API server's parser.
   *
   * Kubernetes name: `spec.schedule`.
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax
   */
  readonly schedule: Cron | string;

  /**
   * The Job pattern each run creates.
   * @default CronJobTemplate.oneShot()
   */
  readonly jobTemplate?: CronJobTemplate;

  /**
   * IANA time zone of the schedule, e.g. `"Europe/Paris"` (not `"Local"`). Checked at synth.
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones
   * @default - the time zone of kube-controller-manager
   */
  readonly timeZone?: string;

  /**
   * What to do when a run is due while the previous one is still running.
   * @default ConcurrencyPolicy.FORBID (cdk8s-plus's default; Kubernetes' own default is Allow)
   */
  readonly concurrencyPolicy?: kplus.ConcurrencyPolicy;

  /**
   * How late a missed run may still start. cdk8s-plus refuses less than 10 seconds.
   *
   * Kubernetes name: `spec.startingDeadlineSeconds`.
   * @default Duration.seconds(10) (cdk8s-plus's default; Kubernetes leaves it unset: no deadline)
   */
  readonly startingDeadline?: Duration;

  /**
   * Suspend future runs (running Jobs are not affected). This is the CronJob's own `spec.suspend`.
   * @default false
   */
  readonly suspend?: boolean;
}

/**
 * A CronJob whose runs follow one of the Job patterns (`jobTemplate`), with the same props, defaults
 * and rules as the Job constructs; the job template's fields are emitted at `spec.jobTemplate.spec`
 * through the same mapping.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/
 */
export class CronJob extends kplus.CronJob {
  /** The Job pattern each run creates. */
  public readonly jobTemplate: CronJobTemplate;
  /** The concurrency policy (cdk8s-plus types this field as `string`; it always holds a member). */
  declare public readonly concurrencyPolicy: kplus.ConcurrencyPolicy;

  constructor(scope: Construct, id: string, props: CronJobProps) {
    refuseProps('CronJob', props, PATTERN_PROPS, 'set the pattern with jobTemplate, e.g. CronJobTemplate.parallel({ completions: 5 })');
    super(scope, id, { ...props, schedule: toCron(props.schedule), restartPolicy: defaultRestartPolicy(props) });
    this.jobTemplate = props.jobTemplate ?? CronJobTemplate.oneShot();
    for (const container of this.containers) addWorkQueueEnv(container, this.jobTemplate.queue);
    // `suspend` is the CronJob's own field; selector fields only reach here from plain JavaScript,
    // and are emitted so that the rules report them.
    const fields = toJobSpecFields(props as CommonJobFields, this.jobTemplate._fields, 'suspend');
    replaceCronJobApiObject(this, props.metadata, () => fields);
    validateOwnObjectOnSynth(this);
  }

  /** Adds a container; with a work-queue template it gets the queue's address too. */
  public override addContainer(cont: kplus.ContainerProps): kplus.Container {
    const container = super.addContainer(cont);
    // undefined while cdk8s-plus's constructor adds props.containers; those are handled above
    addWorkQueueEnv(container, this.jobTemplate?.queue);
    return container;
  }
}

function toCron(schedule: Cron | string): Cron {
  // Cron has one public field and no private state, so a literal is a Cron.
  return typeof schedule === 'string' ? { expressionString: schedule } : schedule;
}
