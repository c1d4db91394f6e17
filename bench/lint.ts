/**
 * `cdk8s-jobs lint` as a user runs it: the built CLI (package.json `bin`) in a fresh
 * process per run, on 10,000 generated Job/CronJob manifests laid out as one file and as
 * 10,000 files (plus 1,000 files, to show memory does not grow with the file count), and on
 * 100,000 manifests in one file in every output format (memory must not grow with the stream
 * or the report either). Prints manifests/second (wall clock of the whole process, Node start-up
 * included), manifests per CPU second of the process (user + system; steadier on a shared
 * machine) and peak RSS, each as median (min–max) over the runs.
 *
 * Usage: npx tsx bench/lint.ts [runs]   or   node build/bench/lint.js [runs]   (default 5 runs)
 * Needs `npm run build` first. BENCH_KEEP=1 keeps the generated files and prints where they are.
 * BENCH_LINT_BASELINE=/path/to/other/build/lib/cli/main.js runs that CLI too, interleaved with
 * this one run by run (same minute, same load), and prints its figures and the ratios.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OUTPUT_FORMATS } from '../lib/cli/args';
import { benchManifest } from './lint-corpus';
import { show, summarize } from './stats';

const N = 10_000;
/** Documents of the large single-file layout. */
const BIG = 100_000;

function repoRoot(): string {
  // Works from bench/ (tsx) and from build/bench/ (node).
  for (const candidate of [resolve(__dirname, '..'), resolve(__dirname, '..', '..')]) {
    if (existsSync(join(candidate, 'package.json')) && existsSync(join(candidate, 'lib', 'cli'))) return candidate;
  }
  throw new Error('cannot find the repository root from ' + __dirname);
}

interface Layout {
  readonly label: string;
  readonly manifests: number;
  readonly args: string[];
}

function writeLayouts(dir: string): Layout[] {
  const docs = Array.from({ length: N }, (_, i) => benchManifest(i));
  writeFileSync(join(dir, 'all.yaml'), docs.join('---\n'));
  // Ten times as many documents in one file (~60 MB), written piecewise: peak RSS must not grow with it.
  const big = openSync(join(dir, 'big.yaml'), 'w');
  for (let i = 0; i < BIG; i++) writeSync(big, `${i > 0 ? '---\n' : ''}${benchManifest(i)}`);
  closeSync(big);
  const layouts: Layout[] = [
    { label: `${N} manifests in one file`, manifests: N, args: [join(dir, 'all.yaml')] },
    ...OUTPUT_FORMATS.map((format) => ({ label: `${BIG} manifests in one file, -o ${format}`, manifests: BIG, args: ['-o', format, join(dir, 'big.yaml')] })),
  ];
  for (const count of [N, N / 10]) {
    const root = join(dir, `files-${count}`);
    for (let i = 0; i < count; i++) {
      const sub = join(root, `team-${String(Math.floor(i / 100)).padStart(3, '0')}`);
      if (i % 100 === 0) mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `job-${i}.yaml`), docs[i]);
    }
    layouts.push({ label: `${count} manifests in ${count} files`, manifests: count, args: [root] });
  }
  return layouts;
}

interface Sample {
  readonly rate: number;
  readonly rssMiB: number;
  readonly seconds: number;
  /** User + system CPU seconds of the lint process: less sensitive to a busy machine than wall time. */
  readonly cpuSeconds: number;
}

function runOnce(cli: string, preload: string, rssFile: string, args: string[]): Sample {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', preload, cli, 'lint', ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`lint exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
  return { rate: 0, rssMiB: usage.maxRSS / 1024, seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
}

function main(): void {
  const runs = Number(process.argv[2] ?? 5);
  const root = repoRoot();
  // The command users run: the file package.json's `bin` names (the bundle of scripts/bundle-cli.ts).
  const bin = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['cdk8s-jobs'];
  const cli = join(root, bin);
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-bench-'));
  try {
    const preload = join(dir, 'max-rss.js');
    // resourceUsage (maxRSS in KiB, CPU in µs), written on exit so the measured process prints nothing extra.
    writeFileSync(preload, "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify(process.resourceUsage())));\n");
    const rssFile = join(dir, 'rss.txt');
    const layouts = writeLayouts(dir);
    writeFileSync(join(dir, 'empty.yaml'), '');
    const startup = Array.from({ length: runs }, () => runOnce(cli, preload, rssFile, [join(dir, 'empty.yaml')]));
    const lines = [
      `node ${process.version}, ${runs} fresh processes per layout, median (min–max); time includes Node start-up ` +
        `(an empty file takes ${show(summarize(startup.map((s) => s.seconds * 1000)), 0)} ms, ${show(summarize(startup.map((s) => s.rssMiB)), 0)} MiB)`,
    ];
    const baseline = process.env.BENCH_LINT_BASELINE;
    const clis = baseline ? [{ name: 'this build', cli }, { name: 'baseline', cli: resolve(baseline) }] : [{ name: '', cli }];
    for (const layout of layouts) {
      const samples = clis.map((): Sample[] => []);
      // The 100,000-document runs take tens of seconds each: at most 3 of them.
      for (let r = 0; r < (layout.manifests >= BIG ? Math.min(runs, 3) : runs); r++) {
        clis.forEach(({ cli: which }, i) => {
          const s = runOnce(which, preload, rssFile, layout.args);
          samples[i].push({ ...s, rate: layout.manifests / s.seconds });
        });
      }
      clis.forEach(({ name }, i) => {
        const of = samples[i];
        lines.push(
          `CLI lint${name ? ` (${name})` : ''}, ${layout.label}: ${show(summarize(of.map((s) => s.rate)), 0)} manifests/s ` +
            `(${show(summarize(of.map((s) => s.seconds)), 2)} s wall, ` +
            `${show(summarize(of.map((s) => layout.manifests / s.cpuSeconds)), 0)} manifests per CPU second); ` +
            `peak RSS ${show(summarize(of.map((s) => s.rssMiB)), 0)} MiB`,
        );
        process.stderr.write(`${lines[lines.length - 1]}\n`);
      });
      if (baseline) {
        // Ratios run by run (each pair ran back to back), then their median (min–max).
        const ratio = (f: (s: Sample) => number) => show(summarize(samples[0].map((s, r) => f(s) / f(samples[1][r]))), 2);
        lines.push(`  this build / baseline: wall ${ratio((s) => s.seconds)}×, CPU ${ratio((s) => s.cpuSeconds)}×, peak RSS ${ratio((s) => s.rssMiB)}×`);
        process.stderr.write(`${lines[lines.length - 1]}\n`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    if (process.env.BENCH_KEEP) process.stdout.write(`files kept in ${dir}\n`);
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

main();
