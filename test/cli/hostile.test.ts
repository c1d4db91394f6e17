import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintReport } from '../../lib/report/json';
import { MODULAR_CLI, runCli } from './run-cli';

// Broken and hostile input: every case ends with a finding or one line on stderr, the right
// exit code, within the test timeout, and never a stack trace.
let dir: string;
let socketServer: Server | undefined;

const write = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const syntaxFindings = (stdout: string) =>
  (JSON.parse(stdout) as LintReport).results.flatMap((r) => r.violations.filter((v) => v.rule === 'yaml-syntax').map((v) => ({ ...v, kind: r.kind })));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-hostile-'));
});
afterAll(() => {
  socketServer?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('invalid YAML is a yaml-syntax finding with its position', () => {
  it.each([
    ['a tab in indentation', 'apiVersion: batch/v1\nkind: Job\nspec:\n\ttemplate: {}\n', 4, /tab/],
    ['"kindL Job" (a missing colon)', 'apiVersion: batch/v1\nkindL Job\nmetadata:\n  name: x\n', 3, /./],
    ['an unclosed quote', 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: "x\n', 5, /double quoted/],
    ['binary data', Buffer.from([0x6b, 0x3a, 0x20, 0x00, 0x01, 0xfe, 0xff, 0x80]), 1, /invalid UTF-8/],
    ['a NUL byte in UTF-8 text', 'kind: Job\nmetadata: {name: "a\u0000b"}\n', 2, /control characters/],
  ])('reports %s', (_, text, line, message) => {
    const run = runCli(['lint', '-o', 'json', write('case.yaml', text)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const [finding, ...rest] = syntaxFindings(run.stdout);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: null, severity: 'error', line });
    expect(finding.message).toMatch(message);
  });

  it('reports an alias bomb without expanding it', () => {
    let text = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: lol\n  annotations:\n    a: &a "lol"\n';
    text += 'x0: &x0 [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n';
    for (let i = 1; i < 9; i++) text += `x${i}: &x${i} [${Array(10).fill(`*x${i - 1}`).join(', ')}]\n`;
    const t0 = Date.now();
    const run = runCli(['lint', '-o', 'json', write('bomb.yaml', text)]);
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(run.status).toBe(1);
    expect(syntaxFindings(run.stdout).map((f) => f.message)).toEqual(['document contains excessive aliasing']);
  });

  it('reports nesting 100,000 levels deep instead of overflowing the stack', () => {
    const run = runCli(['lint', '-o', 'json', write('deep.yaml', `apiVersion: batch/v1\nkind: Job\nspec: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(syntaxFindings(run.stdout).map((f) => [f.message, f.line])).toEqual([['document nesting is deeper than 1000 levels', 3]]);
  });
});

describe('odd but readable input', () => {
  it('lints an empty file as zero documents and exits with 0', () => {
    expect(runCli(['lint', write('empty.yaml', '')])).toEqual({ status: 0, stdout: '0 documents, 0 errors, 0 warnings\n', stderr: '' });
  });

  it('lints a 50 MB document (one 50 MB annotation) with a finding, in bounded time', () => {
    const head = 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: big\n  annotations:\n    blob: "';
    const tail = '"\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: a\n        image: b\n';
    const file = write('big.yaml', head + 'x'.repeat(50 * 1024 * 1024) + tail);
    const t0 = Date.now();
    const run = runCli(['lint', '-o', 'json', file]);
    expect(Date.now() - t0).toBeLessThan(60_000);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as LintReport;
    expect(report.results[0].violations.map((v) => v.rule)).toContain('metadata-annotations');
  }, 90_000);
});

describe('unreadable input is one line on stderr and exit code 2; the rest is still linted', () => {
  it('reports a dangling symlink, a FIFO and a socket in a directory (we run as root: chmod would not stop reads)', async () => {
    const tree = join(dir, 'tree');
    mkdirSync(tree);
    writeFileSync(join(tree, 'good.yaml'), 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: g}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: b}]\n');
    symlinkSync(join(tree, 'nowhere.yaml'), join(tree, 'dangling.yaml'));
    execFileSync('mkfifo', [join(tree, 'fifo.yaml')]);
    socketServer = createServer();
    await new Promise<void>((resolve) => socketServer!.listen(join(tree, 'socket.yaml'), resolve));
    const run = runCli(['lint', '--quiet', tree]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('1 document, 0 errors, 0 warnings\n');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `cdk8s-jobs: ${join(tree, 'dangling.yaml')}: no such file or directory (or a dangling symlink)`,
      `cdk8s-jobs: ${join(tree, 'fifo.yaml')}: is not a regular file (FIFO, socket or device), skipped`,
      `cdk8s-jobs: ${join(tree, 'socket.yaml')}: is not a regular file (FIFO, socket or device), skipped`,
    ]);
  });

  it('reports a socket named on the command line', () => {
    const run = runCli(['lint', join(dir, 'tree', 'socket.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/socket\.yaml: is a socket, not a file\n$/);
  });
});

describe('internal errors', () => {
  // A preload breaks the engine, to see what a bug in it would look like to a user: it replaces a
  // module's export, so these run the CLI's separate modules (the bundle has the same code).
  const breakEngine = (target: string, fn: string) =>
    write(`break-${fn}.js`, `require(${JSON.stringify(join(MODULAR_CLI, '..', target))}).${fn} = () => { throw new Error('boom'); };\n`);
  const runBroken = (args: string[], preload: string, env: NodeJS.ProcessEnv = {}) =>
    runCli(args, { cli: MODULAR_CLI, env: { NODE_OPTIONS: `-r ${preload}`, ...env } });

  it('turns an exception in the engine into one line per document and exit code 2', () => {
    const preload = breakEngine('../lint.js', 'checkPlainManifest');
    const file = write('ok.yaml', 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\n');
    const run = runBroken(['lint', file], preload);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`cdk8s-jobs: internal error while linting ${file} document 0: boom\n`);
  });

  it('turns an exception anywhere else into one line, with the stack only under CDK8S_JOBS_DEBUG=1', () => {
    const preload = breakEngine('run-lint.js', 'runLint');
    const file = write('ok2.yaml', 'kind: Job\n');
    const plain = runBroken(['lint', file], preload);
    expect(plain.status).toBe(2);
    expect(plain.stderr).toBe('cdk8s-jobs: internal error: boom\ncdk8s-jobs: set CDK8S_JOBS_DEBUG=1 for the stack trace\n');
    const debug = runBroken(['lint', file], preload, { CDK8S_JOBS_DEBUG: '1' });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/^cdk8s-jobs: internal error: boom\nError: boom\n\s+at /);
  });
});
