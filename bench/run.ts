/**
 * `npm run bench`: synth, validation and lint at 100 to 10,000 manifests, against cdk8s itself.
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
  const rows = ['| kind | N | route | µs/object | peak RSS MiB | time vs bare | RSS vs bare |', '| --- | ---: | --- | ---: | ---: | ---: | ---: |'];
  for (const kind of KINDS) {
    for (const n of SIZES) {
      const samples = new Map<string, Sample[]>(ROUTES.map((r) => [r, []]));
      for (let run = 0; run < RUNS; run++) {
        for (const route of ROUTES) samples.get(route)!.push(runChild('synth-child.js', [route, kind, String(n)]));
      }
      const bare = samples.get('bare')!;
      const bareUs = summarize(bare.map((s) => (s.ms * 1000) / n)).median;
      const bareRss = summarize(bare.map((s) => s.rssMiB)).median;
      for (const route of ROUTES) {
        const us = summarize(samples.get(route)!.map((s) => (s.ms * 1000) / n));
        const rss = summarize(samples.get(route)!.map((s) => s.rssMiB));
        rows.push(
          `| ${kind} | ${n} | ${route} | ${show(us)} | ${show(rss)} | ${(us.median / bareUs).toFixed(2)}× | ${(rss.median / bareRss).toFixed(2)}× |`,
        );
        process.stderr.write(`${kind} ${n} ${route}: ${show(us)} µs/object, ${show(rss)} MiB\n`);
      }
    }
  }
  return rows;
}

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
    '### lintManifest alone, in memory',
    '',
    ...optional('lintManifest', 'lint-memory.js', [String(RUNS)]),
    '',
    '### CLI lint',
    '',
    ...optional('CLI lint', 'lint.js', []),
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
