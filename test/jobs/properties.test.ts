import { Duration, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CronJob,
  CronJobTemplate,
  IndexedJob,
  KUBERNETES_VERSIONS,
  OneShotJob,
  ParallelJob,
  PodFailurePolicyRule,
  PodReplacementPolicy,
  WorkQueueJob,
  lintManifest,
  type CronJobProps,
  type IndexedJobProps,
  type JobOptions,
  type JobSelection,
} from '../../lib';
import { testChart } from './support';

/**
 * Any props the types accept either synthesize to objects the engine (rules + schema) accepts,
 * or synth fails with findings. Errors that cdk8s and cdk8s-plus raise from their own validation
 * (a Duration that is not whole seconds, a CronJob starting deadline under 10 s) are clear
 * messages about the user's input, not crashes: they are accepted by name. Anything else thrown
 * (a TypeError, an unexpected message) is a crash and fails the property.
 */
const CLEAR_CDK8S_ERRORS = [/cannot be converted into a whole number of seconds/, /'startingDeadline' property cannot be less than 10 seconds/];
const FINDING_LINE = /^ {2}\[test\/[^\]]+\] (?:[^ ]+: )?.+ \[[a-z0-9-]+(?:\/[a-zA-Z0-9-]+)?\]$/;
const DETAIL_LINE = /^ {4}(hint|docs): /;

type Outcome = 'synthesized' | 'findings' | 'cdk8s-error';

function outcomeOf(build: (chart: ReturnType<typeof testChart>) => void, version: string): Outcome {
  const chart = testChart(version);
  let manifests: Array<Record<string, unknown>>;
  try {
    build(chart);
    manifests = Testing.synth(chart);
  } catch (e) {
    expect(e).toBeInstanceOf(Error);
    const message = (e as Error).message;
    if (CLEAR_CDK8S_ERRORS.some((re) => re.test(message))) return 'cdk8s-error';
    const [head, ...lines] = message.split('\n');
    expect(head).toBe('Validation failed with the following errors:');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(line.startsWith('    ') ? DETAIL_LINE : FINDING_LINE);
    return 'findings';
  }
  for (const manifest of manifests) {
    const errors = lintManifest(manifest, { kubernetesVersion: version }).filter((v) => v.severity === 'error');
    expect(errors).toEqual([]);
  }
  return 'synthesized';
}

const count = fc.integer({ min: -3, max: 30 });
const seconds = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100_000 }).map((s) => Duration.seconds(s)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((ms) => Duration.millis(ms)) },
);
const containerName = fc.constantFrom('main', 'worker', 'Bad_Name');
const containers = fc.array(
  fc.record({ name: containerName, image: fc.constantFrom('busybox:1.36', 'perl', '') }),
  { minLength: 1, maxLength: 2 },
);
const exitCodes = fc.array(fc.integer({ min: -2, max: 260 }), { maxLength: 4 });
const podFailureRule = fc.oneof(
  fc.tuple(containerName, exitCodes).map(([c, codes]) => PodFailurePolicyRule.failJobOnExitCodes(c, codes)),
  fc.tuple(containerName, exitCodes).map(([c, codes]) => PodFailurePolicyRule.failIndexOnExitCodes(c, codes)),
  fc.constant(PodFailurePolicyRule.ignoreDisruptions()),
);
const common = fc.record(
  {
    metadata: fc.record({ name: fc.constantFrom('job', 'nightly-report', 'Bad_Name', 'x'.repeat(70)) }),
    containers,
    restartPolicy: fc.constantFrom(kplus.RestartPolicy.NEVER, kplus.RestartPolicy.ON_FAILURE),
    backoffLimit: count,
    activeDeadline: seconds,
    ttlAfterFinished: seconds,
    suspend: fc.boolean(),
    podFailurePolicy: fc.array(podFailureRule, { maxLength: 3 }),
    podReplacementPolicy: fc.constantFrom(PodReplacementPolicy.FAILED, PodReplacementPolicy.TERMINATING_OR_FAILED),
    managedBy: fc.constantFrom('example.com/controller', 'not a path'),
  },
  { requiredKeys: ['containers'] },
) as fc.Arbitrary<JobOptions>;
const selection: fc.Arbitrary<JobSelection> = fc.oneof(
  fc.constant({}),
  fc.constant({ manualSelector: true as const, selector: { matchLabels: { 'controller-uid': 'a8f3d00d' } } }),
);
const version = fc.constantFrom(...KUBERNETES_VERSIONS);
const indexed = fc.record(
  {
    completions: count,
    parallelism: count,
    backoffLimitPerIndex: count,
    maxFailedIndexes: count,
    successPolicy: fc.array(fc.record({ succeededIndexes: fc.constantFrom('0', '0-2', '3,1', 'x'), succeededCount: count }, { requiredKeys: [] }), { maxLength: 2 }),
  },
  { requiredKeys: ['completions'] },
);

const RUNS = { numRuns: 60 };

describe('any props the types accept synthesize cleanly or fail with findings, never crash', () => {
  it('OneShotJob', () => {
    fc.assert(fc.property(common, selection, version, (c, s, v) => void outcomeOf((chart) => new OneShotJob(chart, 'Job', { ...c, ...s }), v)), RUNS);
  });

  it('ParallelJob', () => {
    fc.assert(
      fc.property(common, selection, count, fc.option(count, { nil: undefined }), version, (c, s, completions, parallelism, v) =>
        void outcomeOf((chart) => new ParallelJob(chart, 'Job', { ...c, ...s, completions, parallelism }), v),
      ),
      RUNS,
    );
  });

  it('WorkQueueJob', () => {
    fc.assert(fc.property(common, selection, count, version, (c, s, parallelism, v) => void outcomeOf((chart) => new WorkQueueJob(chart, 'Job', { ...c, ...s, parallelism }), v)), RUNS);
  });

  it('IndexedJob', () => {
    fc.assert(
      fc.property(common, selection, indexed, version, (c, s, i, v) => void outcomeOf((chart) => new IndexedJob(chart, 'Job', { ...c, ...s, ...i } as IndexedJobProps), v)),
      RUNS,
    );
  });

  it('CronJob with each job template', () => {
    const template = fc.oneof(
      fc.constant(CronJobTemplate.oneShot()),
      fc.tuple(count, count).map(([completions, parallelism]) => CronJobTemplate.parallel({ completions, parallelism })),
      count.map((parallelism) => CronJobTemplate.workQueue({ parallelism })),
      indexed.map((i) => CronJobTemplate.indexed(i)),
    );
    const cron = fc.record(
      {
        schedule: fc.constantFrom('0 2 * * *', '@daily', '*/5 * * * *', '0 0 2 * * *', '99 * * * *', 'TZ=UTC 0 0 * * *', ''),
        timeZone: fc.constantFrom('Europe/Paris', 'Etc/UTC', 'Mars/Olympus', 'Local'),
        concurrencyPolicy: fc.constantFrom(...Object.values(kplus.ConcurrencyPolicy)),
        startingDeadline: seconds,
        successfulJobsRetained: count,
        failedJobsRetained: count,
        suspend: fc.boolean(),
        jobTemplate: template,
      },
      { requiredKeys: ['schedule'] },
    );
    fc.assert(
      fc.property(common, cron, version, (c, props, v) => {
        const { suspend: _jobSuspend, ...jobCommon } = c;
        void _jobSuspend;
        // cdk8s-plus refuses ttlAfterFinished together with the retention limits: drop one side
        const p: CronJobProps = { ...jobCommon, ...props, ...(props.successfulJobsRetained !== undefined || props.failedJobsRetained !== undefined ? { ttlAfterFinished: undefined } : {}) };
        void outcomeOf((chart) => new CronJob(chart, 'Cron', p), v);
      }),
      RUNS,
    );
  });
});

// Oracles independent of the engine's own output; they wait on job-non-negative-fields and
// job-restart-policy (and schema) to pass.
describe('what must never synthesize', () => {
  it('a negative count', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: -1 }), version, (n, v) => {
        expect(outcomeOf((chart) => new ParallelJob(chart, 'Job', { containers: [{ image: 'busybox' }], completions: n }), v)).toBe('findings');
      }),
      { numRuns: 20 },
    );
  });

  it('a restartPolicy other than Never or OnFailure', () => {
    fc.assert(
      fc.property(fc.constantFrom('Always', '', 'always', 'Sometimes'), version, (policy, v) => {
        const props = { containers: [{ image: 'busybox' }], restartPolicy: policy } as unknown as JobOptions;
        expect(outcomeOf((chart) => new OneShotJob(chart, 'Job', props), v)).toBe('findings');
      }),
      { numRuns: 20 },
    );
  });
});
