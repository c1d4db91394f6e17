/**
 * `npm run hostile:large`: the failure classes of issue 15 at full size, through the built CLI,
 * one fresh process each. Prints, per case, the input size, the wall time, the exit code and
 * what came out (the first finding, or the size of the report). Nothing is asserted: the small
 * versions of these inputs are tests in test/hostile; this shows what the large ones cost.
 *
 * Environment: CDK8S_JOBS_CLI=<path to main.js> measures another build (e.g. an older commit);
 * HOSTILE_ONLY=<substring> runs only the cases whose name contains it.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = process.env.CDK8S_JOBS_CLI ?? join(__dirname, '..', 'lib', 'cli', 'main.js');
const ONLY = process.env.HOSTILE_ONLY;
const TIMEOUT_MS = 600_000;
const MB = 1024 * 1024;

interface Case {
  readonly name: string;
  readonly input: () => string;
  readonly args?: readonly string[];
}

const CONTAINER = '      restartPolicy: Never\n      containers:\n      - name: a\n        image: b\n';
const job = (spec: string, container = '') =>
  `apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec:\n${spec}  template:\n    spec:\n${CONTAINER}${container}`;
const cron = (schedule: string) =>
  `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: ${JSON.stringify(schedule)}\n  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: b}]}}}}\n`;

function flowColonBomb(levels: number): string {
  let text = 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  x0: &x0 "lol"\n';
  for (let i = 1; i <= levels; i++) text += `  x${i}: &x${i} {${Array.from({ length: 10 }, (_, j) => `"k${j}":*x${i - 1}`).join(',')}}\n`;
  return text;
}

/** Jobs with a 1 MiB invalid name, which several findings quote: the report is 5 (JSON) to 20 (SARIF) times the input. */
function bigFindings(bytes: number): string {
  const doc = `apiVersion: batch/v1\nkind: Job\nmetadata: {name: "${'X'.repeat(MB)}"}\nspec:\n  completions: -1\n  template: {spec: {containers: [{name: "A"}]}}\n---\n`;
  return doc.repeat(Math.ceil(bytes / doc.length));
}

const CASES: Case[] = [
  { name: 'recursive anchor after a flow colon ({"a":*s})', input: () => 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec: &s {"a":*s}\n' },
  { name: 'alias bomb after flow colons (10^12 nodes)', input: () => flowColonBomb(12) },
  { name: 'quantity: 100 KB cpu value', input: () => job('', `        resources: {limits: {cpu: "${'1'.repeat(100_000)}x"}}\n`) },
  { name: 'quantity: 10 MB cpu value', input: () => job('', `        resources: {limits: {cpu: "${'1'.repeat(10 * MB)}x"}}\n`) },
  { name: 'TZ= schedule with 100 KB of spaces', input: () => cron(`TZ=UTC ${' '.repeat(100_000)}x 0 * * *`) },
  { name: 'TZ= schedule with 10 MB of spaces', input: () => cron(`TZ=UTC ${' '.repeat(10 * MB)}x 0 * * *`) },
  { name: 'unknown key of 10 MB (did you mean)', input: () => job(`  ${'k'.repeat(10 * MB)}: 1\n`) },
  { name: 'int64 field = 2^63', input: () => job('  activeDeadlineSeconds: 9223372036854775808\n') },
  { name: '50 MB of invalid Jobs, -o sarif', input: () => bigFindings(50 * MB), args: ['-o', 'sarif'] },
  { name: '70 MB of invalid Jobs, -o json', input: () => bigFindings(70 * MB), args: ['-o', 'json'] },
  { name: 'one 240 MB document', input: () => job(`  x: "${'x'.repeat(240 * MB)}"\n`) },
];

/** The first finding and the summary line of a text report, or the size and shape of a JSON/SARIF one. */
function summarize(output: string, stderr: string): string {
  if (stderr.trim() !== '') return `stderr: ${stderr.trim().split('\n')[0].slice(0, 100)}`;
  const size = statSync(output).size;
  if (size > 64 * MB) {
    const tail = readFileSync(output).subarray(-16).toString();
    return `${formatSize(size)} report, ${tail.endsWith('}\n') ? 'complete (ends with "}")' : `cut: ends with ${JSON.stringify(tail)}`}`;
  }
  const text = readFileSync(output, 'utf8');
  if (text.startsWith('{')) {
    const report = JSON.parse(text) as { summary?: unknown; runs?: Array<{ results: unknown[] }> };
    return `${formatSize(size)} report, valid JSON${report.runs ? `, ${report.runs[0].results.length} results` : ''}`;
  }
  const first = /^[^\n]*?: (?:error|warning): ([^\n]{0,100})/m.exec(text);
  return first ? `${first[1]} | ${text.trimEnd().split('\n').pop()}` : text.trim().slice(0, 100);
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-hostile-large-'));
  console.log(`CLI: ${CLI}`);
  console.log('| case | input | time | exit | result |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  try {
    for (const c of CASES) {
      if (ONLY && !c.name.includes(ONLY)) continue;
      const file = join(dir, 'input.yaml');
      const output = join(dir, 'output');
      writeFileSync(file, c.input());
      const size = statSync(file).size;
      const fd = openSync(output, 'w');
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [CLI, 'lint', ...(c.args ?? []), file], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: TIMEOUT_MS });
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      closeSync(fd);
      let result: string;
      try {
        result = r.error ? `failed: ${r.error.message}` : summarize(output, r.stderr);
      } catch (e) {
        result = `unparsable output: ${(e as Error).message.slice(0, 80)}`;
      }
      rmSync(output, { force: true });
      console.log(`| ${c.name} | ${formatSize(size)} | ${seconds.toFixed(2)} s | ${r.status ?? r.signal} | ${result.replace(/\|/g, '\\|')} |`);
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}

main();
