/**
 * One synth measurement in a fresh process (run from build/, plain node: no TypeScript loader in
 * the measured process). Usage: node build/bench/synth-child.js <route> <kind> <n> [charts]
 * The N objects are spread round-robin over `charts` charts (default 1): cdk8s validates the app
 * once per chart more, which is what the 20-chart route measures.
 * Prints one JSON line: { route, kind, n, charts, ms, cpuMs, rssMiB }. `ms` (wall) and `cpuMs` (user +
 * system CPU time of the process, which a busy machine disturbs less) cover constructing the N
 * objects and `app.synthYaml()` (validation + YAML emission); rssMiB is the process's peak RSS.
 * Each route's library is loaded before the clock starts, as cdk8s-plus is for its route (a cold
 * start is measured apart: `npm run synth` in bench/run.ts); what a route loads lazily during the
 * synth (this library's validators for the target version) is inside the measurement.
 */
import { ApiObject, App, Chart, Cron, Duration } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';

type Library = typeof import('../lib');

type Kind = 'Job' | 'CronJob';
type Build = (chart: Chart, i: number, lib: Library) => void;

const IMAGE = 'registry.example.com/batch/report:1.4.2';
const COMMAND = ['report', '--date', 'yesterday'];

/**
 * The bare route emits the very manifest the cdk8s-plus and cdk8s-jobs routes emit (cdk8s-plus's
 * container and pod defaults included), so the routes differ only in how it is produced: YAML
 * emission dominates synth time, and a smaller body would flatter the bare route.
 */
const plainJobSpec = (addr: string) => ({
  backoffLimit: 4,
  template: {
    metadata: { labels: { 'cdk8s.io/metadata.addr': addr } },
    spec: {
      automountServiceAccountToken: false,
      containers: [
        {
          command: COMMAND,
          image: IMAGE,
          imagePullPolicy: 'Always',
          name: 'main',
          resources: { limits: { cpu: '1500m', memory: '2048Mi' }, requests: { cpu: '1000m', memory: '512Mi' } },
          securityContext: { allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true },
        },
      ],
      dnsPolicy: 'ClusterFirst',
      hostNetwork: false,
      restartPolicy: 'OnFailure',
      securityContext: { fsGroupChangePolicy: 'Always', runAsNonRoot: true },
      setHostnameAsFQDN: false,
      terminationGracePeriodSeconds: 30,
    },
  },
});

const routes: Record<string, Record<Kind, Build>> = {
  bare: {
    Job: (chart, i) =>
      new ApiObject(chart, `job-${i}`, {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: `report-${i}` },
        spec: plainJobSpec(`bench-job-${i}`),
      }),
    CronJob: (chart, i) =>
      new ApiObject(chart, `cron-${i}`, {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: `report-${i}` },
        spec: {
          concurrencyPolicy: 'Forbid',
          failedJobsHistoryLimit: 1,
          jobTemplate: { spec: plainJobSpec(`bench-cron-${i}`) },
          schedule: '0 2 * * *',
          startingDeadlineSeconds: 60,
          successfulJobsHistoryLimit: 3,
          suspend: false,
        },
      }),
  },
  'cdk8s-plus': {
    Job: (chart, i) =>
      new kplus.Job(chart, `job-${i}`, {
        metadata: { name: `report-${i}` },
        backoffLimit: 4,
        restartPolicy: kplus.RestartPolicy.ON_FAILURE,
        containers: [{ name: 'main', image: IMAGE, command: COMMAND }],
      }),
    CronJob: (chart, i) =>
      new kplus.CronJob(chart, `cron-${i}`, {
        metadata: { name: `report-${i}` },
        schedule: Cron.daily(),
        startingDeadline: Duration.seconds(60),
        backoffLimit: 4,
        restartPolicy: kplus.RestartPolicy.ON_FAILURE,
        containers: [{ name: 'main', image: IMAGE, command: COMMAND }],
      }),
  },
  'cdk8s-jobs': {
    Job: (chart, i, { OneShotJob }) => {
      new OneShotJob(chart, `job-${i}`, {
        metadata: { name: `report-${i}` },
        backoffLimit: 4,
        containers: [{ name: 'main', image: IMAGE, command: COMMAND }],
      });
    },
    CronJob: (chart, i, { CronJob }) => {
      new CronJob(chart, `cron-${i}`, {
        metadata: { name: `report-${i}` },
        schedule: '0 2 * * *',
        startingDeadline: Duration.seconds(60),
        backoffLimit: 4,
        containers: [{ name: 'main', image: IMAGE, command: COMMAND }],
      });
    },
  },
};

function main(): void {
  const [route, kind, n, charts] = [process.argv[2], process.argv[3] as Kind, Number(process.argv[4]), Number(process.argv[5] ?? 1)];
  const build = routes[route]?.[kind];
  if (!build || !Number.isInteger(n) || n < 1 || !Number.isInteger(charts) || charts < 1) {
    process.stderr.write(`usage: synth-child <${Object.keys(routes).join('|')}> <Job|CronJob> <n> [charts]\n`);
    process.exit(2);
  }
  // Only this library's route loads it, so the other routes' memory is theirs alone.
  const lib = (route === 'cdk8s-jobs' ? require('../lib') : undefined) as Library;
  const app = new App({ outdir: '/dev/null' });
  // The bench's Jobs draw recommended-check warnings (no TTL, no deadline): they are still
  // computed, only not printed, so 10,000 Jobs do not flood stderr (and the parent's pipe).
  if (lib) app.node.setContext(lib.WARNINGS_CONTEXT_KEY, 'ignore');
  const chartList = Array.from({ length: charts }, (_, c) => new Chart(app, `bench-${c}`, { disableResourceNameHashes: true }));
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) build(chartList[i % charts], i, lib);
  const yaml = app.synthYaml();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (yaml.length === 0) throw new Error('empty synth');
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ route, kind, n, charts, ms, cpuMs, rssMiB })}\n`);
}

main();
