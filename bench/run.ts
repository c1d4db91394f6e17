/**
 * `npm run bench`: every measurement of issue 16 in one command (about 6 minutes on a quiet
 * 2-core machine): synth of 10,000 Jobs and of 10,000 CronJobs in 1 and in 20 charts against
 * cdk8s-plus-28 (and a bare `ApiObject`), the rule engine alone, lintManifest in memory, the CLI
 * on 10,000 and 100,000 manifests, and a cold `npm run synth` next to `cdk8s synth`.
 * Every figure is a median over RUNS fresh processes (min–max in brackets), all routes measured
 * in the same run and interleaved, so machine noise hits them alike; synth times are given as
 * wall time and as CPU time of the process (user + system, steadier on a shared machine), and
 * ratios between routes as the median (min–max) of each run's ratio.
 * Appends the tables to bench/RESULTS.md with the date and the machine's core count.
 *
 * Set BENCH_RUNS (default 3), BENCH_SIZES (default "10000") or BENCH_CHARTS (default "1,20") to
 * change a run.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { show, summarize } from './stats';

const ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '10000').split(',').map(Number);
const ROUTES = ['bare', 'cdk8s-plus', 'cdk8s-jobs'] as const;
/** Charts the N objects are spread over: cdk8s validates the app once more per chart. BENCH_CHARTS. */
const CHART_COUNTS = (process.env.BENCH_CHARTS ?? '1,20').split(',').map(Number);
const KINDS = ['Job', 'CronJob'] as const;

interface Sample {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
}

function runChild(script: string, args: string[]): Sample {
  const out = execFileSync(process.execPath, [join(ROOT, 'build', 'bench', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Sample;
}

function synthTable(): string[] {
  const rows = [
    '| kind | N | charts | route | µs/object (wall) | CPU µs/object | peak RSS MiB | wall vs cdk8s-plus | CPU vs cdk8s-plus | RSS vs cdk8s-plus | wall vs bare |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const kind of KINDS) {
    for (const n of SIZES) {
      for (const charts of CHART_COUNTS) {
        const samples = new Map<string, Sample[]>(ROUTES.map((r) => [r, []]));
        for (let run = 0; run < RUNS; run++) {
          for (const route of ROUTES) samples.get(route)!.push(runChild('synth-child.js', [route, kind, String(n), String(charts)]));
        }
        const wall = (s: Sample) => (s.ms * 1000) / n;
        const cpu = (s: Sample) => (s.cpuMs * 1000) / n;
        const rss = (s: Sample) => s.rssMiB;
        const of = (route: string, f: (s: Sample) => number) => summarize(samples.get(route)!.map(f));
        // Each run measures every route back to back, so a run's ratio compares like with like on a
        // machine whose speed drifts: the median of the runs' ratios (min–max), not a ratio of medians.
        const ratio = (route: string, base: string, f: (s: Sample) => number) => {
          const [ours, theirs] = [samples.get(route)!, samples.get(base)!];
          const r = summarize(ours.map((s, run) => f(s) / f(theirs[run])));
          return `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
        };
        for (const route of ROUTES) {
          const vsPlus = [wall, cpu, rss].map((f) => ratio(route, 'cdk8s-plus', f)).join(' | ');
          rows.push(`| ${kind} | ${n} | ${charts} | ${route} | ${show(of(route, wall))} | ${show(of(route, cpu))} | ${show(of(route, rss))} | ${vsPlus} | ${ratio(route, 'bare', wall)} |`);
          process.stderr.write(`${kind} ${n} ×${charts} charts ${route}: ${show(of(route, wall))} µs/object wall, ${show(of(route, cpu))} CPU, ${show(of(route, rss))} MiB\n`);
        }
      }
    }
  }
  return rows;
}

/**
 * A cold synth of the example app as a user runs it, in fresh processes, interleaved: `npm run
 * synth` (the README's command), `cdk8s synth` (the cdk8s CLI, same app and output) and the app
 * alone (`node examples/launch.cjs`, what both run). After `npm run build` the app is the compiled one.
 */
function coldSynth(): string[] {
  const commands: ReadonlyArray<readonly [string, string, string[]]> = [
    ['`npm run synth`', 'npm', ['run', '--silent', 'synth']],
    ['`cdk8s synth` (the CLI)', process.execPath, [join(ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s'), 'synth', '--no-check-upgrade']],
    ['the app alone (`node examples/launch.cjs`)', process.execPath, [join(ROOT, 'examples', 'launch.cjs')]],
  ];
  const times = commands.map((): number[] => []);
  for (let run = 0; run < RUNS; run++) {
    commands.forEach(([, command, args], i) => {
      const t0 = performance.now();
      execFileSync(command, args, { cwd: ROOT, stdio: 'ignore' });
      times[i].push(performance.now() - t0);
    });
  }
  return commands.map(([label], i) => `cold ${label} of the example app (whole process): ${show(summarize(times[i]), 0)} ms`);
}

function optional(name: string, script: string, args: string[]): string[] {
  if (!existsSync(join(ROOT, 'build', 'bench', script))) return [`${name}: not measured (build/bench/${script} missing)`];
  const out = execFileSync(process.execPath, [join(ROOT, 'build', 'bench', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return out.trim().split('\n');
}

function main(): void {
  const header = `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores, node ${process.version}, ${RUNS} runs`;
  const sections = [
    header,
    '',
    '### synth (construct + validate + YAML) per route',
    '',
    ...synthTable(),
    '',
    '### rule engine alone, in memory (CPU time per manifest)',
    '',
    ...optional('rule engine', 'engine.js', [String(RUNS)]),
    '',
    '### lintManifest alone, in memory',
    '',
    ...optional('lintManifest', 'lint-memory.js', [String(RUNS)]),
    '',
    '### CLI lint',
    '',
    ...optional('CLI lint', 'lint.js', [String(RUNS)]),
    '',
    '### cold start',
    '',
    ...coldSynth(),
    '',
  ];
  const text = sections.join('\n');
  process.stdout.write(`${text}\n`);
  appendFileSync(join(ROOT, 'bench', 'RESULTS.md'), `${text}\n`);
}

main();
