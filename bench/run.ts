/**
 * `npm run bench`: synth, validation and lint at 100 to 10,000 manifests, against cdk8s itself;
 * the rule engine alone; the CLI on 10,000 and 100,000 manifests; a cold `npm run synth`.
 * Every figure is a median over RUNS fresh processes (min–max in brackets), all routes measured
 * in the same run and interleaved, so machine noise hits them alike. Appends the table to
 * bench/RESULTS.md with the date and the machine's core count.
 *
 * Set BENCH_RUNS (default 5) or BENCH_SIZES (default "100,1000,10000") to shorten a run.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { show, summarize } from './stats';

const ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const ROUTES = ['bare', 'cdk8s-plus', 'cdk8s-jobs'] as const;
/** Charts the N objects are spread over: cdk8s validates the app once more per chart. BENCH_CHARTS. */
const CHART_COUNTS = (process.env.BENCH_CHARTS ?? '1,20').split(',').map(Number);
const KINDS = ['Job', 'CronJob'] as const;

interface Sample {
  readonly ms: number;
  readonly rssMiB: number;
}

function runChild(script: string, args: string[]): Sample {
  const out = execFileSync(process.execPath, [join(ROOT, 'build', 'bench', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Sample;
}

function synthTable(): string[] {
  const rows = [
    '| kind | N | charts | route | µs/object | peak RSS MiB | time vs bare | RSS vs bare | time vs cdk8s-plus | RSS vs cdk8s-plus |',
    '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const kind of KINDS) {
    for (const n of SIZES) {
      for (const charts of CHART_COUNTS) {
        const samples = new Map<string, Sample[]>(ROUTES.map((r) => [r, []]));
        for (let run = 0; run < RUNS; run++) {
          for (const route of ROUTES) samples.get(route)!.push(runChild('synth-child.js', [route, kind, String(n), String(charts)]));
        }
        const median = (route: string, f: (s: Sample) => number) => summarize(samples.get(route)!.map(f)).median;
        const perObject = (s: Sample) => (s.ms * 1000) / n;
        const rssOf = (s: Sample) => s.rssMiB;
        for (const route of ROUTES) {
          const us = summarize(samples.get(route)!.map(perObject));
          const rss = summarize(samples.get(route)!.map(rssOf));
          const ratio = (base: string) =>
            `${(us.median / median(base, perObject)).toFixed(2)}× | ${(rss.median / median(base, rssOf)).toFixed(2)}×`;
          rows.push(`| ${kind} | ${n} | ${charts} | ${route} | ${show(us)} | ${show(rss)} | ${ratio('bare')} | ${ratio('cdk8s-plus')} |`);
          process.stderr.write(`${kind} ${n} ×${charts} charts ${route}: ${show(us)} µs/object, ${show(rss)} MiB\n`);
        }
      }
    }
  }
  return rows;
}

/** `npm run synth` as a user runs it, in fresh processes; after `npm run build` it runs the compiled app (examples/launch.cjs). */
function coldSynth(): string[] {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    execFileSync('npm', ['run', '--silent', 'synth'], { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return [`cold \`npm run synth\` of the example app (whole process): ${show(summarize(times), 0)} ms`];
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
