import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KUBERNETES_VERSIONS } from '../../lib/versions';

const ROOT = join(__dirname, '..', '..');

/**
 * The built CLI, run as a user runs it: the file package.json's `bin` names (the bundle of
 * scripts/bundle-cli.ts; `npm test` builds first). `CDK8S_JOBS_TEST_CLI` points the CLI tests at
 * another build (e.g. of an older commit, to see a test fail before a fix).
 */
export const CLI =
  process.env.CDK8S_JOBS_TEST_CLI ?? join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['cdk8s-jobs']);

/**
 * The compiled CLI before bundling (`build/lib/cli/main.js`, what the bundle is made from): the
 * same code in separate modules, for tests that replace one module's export with a preload.
 */
export const MODULAR_CLI = process.env.CDK8S_JOBS_TEST_CLI ?? join(ROOT, 'build', 'lib', 'cli', 'main.js');

/** The shared corpus of real manifests, next to the repository. */
export const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');

/** What a CLI run gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node <CLI> ...args` in a fresh process. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv; cli?: string } = {}): CliRun {
  const cli = options.cli ?? CLI;
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first (npm test builds before vitest)`);
  const r = spawnSync(process.execPath, [cli, ...args], {
    input: options.input,
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One entry of the corpus's INDEX.json. */
export interface CorpusEntry {
  readonly file: string;
  readonly kinds: readonly string[];
  readonly expect: 'valid' | 'invalid';
  readonly reasons: readonly string[];
  readonly k8sVersions: string;
}

/** The corpus verdicts; fails clearly when the corpus is not next to the repository. */
export function corpusIndex(): CorpusEntry[] {
  const index = join(CORPUS, 'INDEX.json');
  if (!existsSync(index)) throw new Error(`${index} is missing: the corpus lives in ../shared/corpus next to the repository`);
  const entries = JSON.parse(readFileSync(index, 'utf8')) as CorpusEntry[];
  return entries.map((e) => (CORPUS_OVERRIDES[e.file] ? { ...e, ...CORPUS_OVERRIDES[e.file] } : e));
}

/** The project's corrections of INDEX.json verdicts, with the oracle's output as evidence (corpus-overrides.json). */
export const CORPUS_OVERRIDES: Readonly<Record<string, Pick<CorpusEntry, 'expect' | 'reasons'>>> = (
  JSON.parse(readFileSync(join(__dirname, 'corpus-overrides.json'), 'utf8')) as { overrides: Record<string, Pick<CorpusEntry, 'expect' | 'reasons'>> }
).overrides;

/** Target versions (of KUBERNETES_VERSIONS) an entry's verdict holds for; every version for "all" and "n/a". */
export function versionsOf(entry: CorpusEntry): string[] {
  const m = /^>=\s*1\.(\d+)$/.exec(entry.k8sVersions);
  if (!m) return [...KUBERNETES_VERSIONS];
  return KUBERNETES_VERSIONS.filter((v) => Number(v.split('.')[1]) >= Number(m[1]));
}

/** True for verdicts the index marks as open to either reading. */
export function isUncertain(entry: CorpusEntry): boolean {
  return entry.reasons.some((r) => r.startsWith('uncertain'));
}

/** 1-based line and column of the first occurrence of `needle` in a corpus file. */
export function positionIn(file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(join(CORPUS, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} not found in ${file}`);
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
}

/** {@link runCli} without blocking, to run a batch of short CLI runs a few at a time. */
export function runCliAsync(args: readonly string[], options: { cwd?: string } = {}): Promise<CliRun> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test builds before vitest)`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

/** Runs `jobs` with at most `limit` at a time, keeping their order. */
export async function inBatches<T>(jobs: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return out;
}
