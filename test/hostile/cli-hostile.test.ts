import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../lib/report/json';
import { CLI, runCli } from '../cli/run-cli';

// The CLI under hostile input: nothing from the manifest reaches the terminal raw, the exit code
// is exact however stdout and stderr fail, and /proc-style files are read to their end.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-hostile-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const ESC = '\u001b';
const JOB_WITH_HOSTILE_KEY =
  'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: x\nspec:\n' +
  `  "clear${ESC}[2J${ESC}]0;title\\u0007\\n::error file=main.go,line=1::forged\\r\\u009b31m": 1\n` +
  '  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: b}]\n';

describe('no untrusted string reaches the terminal raw', () => {
  it('escapes control characters and newlines of keys in text output, and keeps them exact in JSON', () => {
    const file = write('key.yaml', JOB_WITH_HOSTILE_KEY.replace(ESC, '\\e').replace(ESC, '\\e'));
    const text = runCli(['lint', file]);
    expect(text.status).toBe(1);
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(text.stdout).toContain('spec[clear\\u001b[2J\\u001b]0;title\\u0007\\n::error file=main.go,line=1::forged\\r\\u009b31m]: Forbidden: unknown field');
    const json = JSON.parse(runCli(['lint', '-o', 'json', file]).stdout) as LintReport;
    expect(json.results[0].violations[0].path).toBe(`spec[clear${ESC}[2J${ESC}]0;title\u0007\n::error file=main.go,line=1::forged\r\u009b31m]`);
  });

  it('escapes a file name with a newline and an escape sequence, on stdout and stderr', () => {
    const file = write(`evil\n::error ::x${ESC}[2J.yaml`, 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: "A"}\n');
    const run = runCli(['lint', file, join(dir, `missing\n::warning ::y${ESC}[1m.yaml`)]);
    expect(run.status).toBe(2);
    for (const out of [run.stdout, run.stderr]) {
      expect(out).not.toContain(ESC);
      expect(out.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    }
    expect(run.stdout).toContain('evil\\n::error ::x\\u001b[2J.yaml:3:12: error: metadata.name');
    expect(run.stderr).toContain('missing\\n::warning ::y\\u001b[1m.yaml": no such file or directory');
  });
});

describe('exit codes are exact whatever happens to stdout and stderr', () => {
  // Enough findings that the report is flushed (64 KiB) before stdin is read.
  const manyErrors = () =>
    write('many.yaml', Array.from({ length: 400 }, (_, i) => `apiVersion: batch/v1\nkind: Job\nmetadata: {name: "BAD_${i}"}\n`).join('---\n'));

  it('exits 1 when the reader closes stdout early (| head) and the input had errors, stdin coming after a file', async () => {
    const child = spawn(process.execPath, [CLI, 'lint', manyErrors(), '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => {
      child.stdout.destroy(); // the reader is gone: later writes fail with EPIPE
      setTimeout(() => child.stdin.end('apiVersion: batch/v1\nkind: Job\nmetadata: {name: "ALSO_BAD"}\n'), 50);
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(stderr).toBe('');
  });

  it('exits 0 for clean input when the reader closes stdout early', () => {
    const clean = write('clean.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n');
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${CLI}" lint --help | head -c 1 >/dev/null; node "${CLI}" lint "${clean}" | head -c 1 >/dev/null`]);
    expect(r.status).toBe(0);
  });

  it('keeps the report whole and the exit code exact when stderr cannot be written (/dev/full)', () => {
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      const bad = write('bad.yaml', 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: "BAD"}\n');
      const r = spawnSync(process.execPath, [CLI, 'lint', '-o', 'json', bad, join(dir, 'missing.yaml')], { stdio: ['ignore', 'pipe', full], encoding: 'utf8' });
      expect(r.status).toBe(2); // a missing input, whose one line on stderr was lost
      expect((JSON.parse(r.stdout) as LintReport).summary).toMatchObject({ documents: 1 });
    } finally {
      closeSync(full);
    }
  });

  it('exits 2 and says why when stdout cannot be written (a full disk)', () => {
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, 'lint', write('ok.yaml', 'kind: ConfigMap\n')], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^cdk8s-jobs: cannot write the report: .*ENOSPC/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(full);
    }
  });
});

describe('files are read to their end, not to their reported size', () => {
  it('reads a /proc file (size 0) as what it holds', () => {
    if (!existsSync('/proc/self/status')) return;
    const run = runCli(['lint', '/proc/self/status']);
    expect(run.stdout).toBe('1 document, 0 errors, 0 warnings (1 not a Job or CronJob, skipped)\n');
    expect(run.status).toBe(0);
  });
});
