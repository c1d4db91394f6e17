/**
 * `-o junit` and `-o github` through the spawned CLI, with hostile file names and keys: JUnit
 * must parse as XML with a real parser, and no workflow command may be cut short or forged.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../lib/report/github';
import { runCli } from './run-cli';

// A file name with a comma, colon, percent sign, ampersand, quote, angle brackets and a line break.
const HOSTILE_NAME = 'we,ird:100%&"<x>\n::error::forged.yaml';
// An annotation key that would end a property or a command if it were not escaped.
const HOSTILE_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: hostile
  annotations:
    "bad key,:%\\r\\n::error file=x::forged": "v"
spec:
  template:
    spec:
      containers:
      - name: main
        image: "busybox:1.36"
`;
const SLOPPY_JOB = `apiVersion: batch/v1
kind: Job
metadata: {name: sloppy}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: main, image: busybox}]
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-ci-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, HOSTILE_NAME), HOSTILE_JOB);
  writeFileSync(join(dir, 'sloppy.yaml'), SLOPPY_JOB);
  writeFileSync(join(dir, 'values.yaml'), 'replicas: 2\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('-o junit', () => {
  it('is well-formed XML with one testcase per document and a failure per error', () => {
    const run = runCli(['lint', '-o', 'junit', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(run.stdout);
    const suites = doc.testsuites.testsuite as Array<{ name: string; tests: string; failures: string; testcase: Array<Record<string, any>> }>;
    expect(suites.map((s) => s.name)).toEqual(['sloppy.yaml', HOSTILE_NAME, 'skipped files']);
    const [sloppy, hostile, skipped] = suites;
    expect(hostile.testcase).toHaveLength(1);
    expect(hostile.testcase[0].name).toBe('Job hostile (document 0)');
    expect(hostile.testcase[0].classname).toBe(HOSTILE_NAME);
    expect(hostile.testcase[0].failure.map((f: { type: string }) => f.type)).toEqual(['metadata-annotations', 'job-restart-policy']);
    expect(hostile.testcase[0].failure[0].message).toContain('metadata.annotations: Invalid value: "bad key,:%\\r\\n::error file=x::forged"');
    // warnings do not fail by default: they are the test case's output
    expect(sloppy.testcase[0].failure).toBeUndefined();
    expect(sloppy.testcase[0]['system-out']).toMatch(/warning: spec\.ttlSecondsAfterFinished: Required value/);
    expect(skipped.testcase[0].skipped.message).toMatch(/^not a Kubernetes object stream/);
    expect(doc.testsuites.failures).toBe('1');
  });

  it('reports warnings as failures with --fail-on warning', () => {
    const run = runCli(['lint', '-o', 'junit', '--fail-on', 'warning', 'sloppy.yaml'], { cwd: dir });
    expect(run.status).toBe(1);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(run.stdout);
    expect(doc.testsuites.failures).toBe('1');
    expect(doc.testsuites.testsuite.testcase.failure.length).toBe(4);
  });
});

describe('-o github', () => {
  it('writes one workflow command per finding that survives hostile names and keys', () => {
    const run = runCli(['lint', '-o', 'github', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^cdk8s-jobs: 2 documents, 2 errors, 7 warnings$/);
    const commands = lines.slice(0, -1);
    // Every line is one command: `::level props::data`, with the props and data escaped.
    for (const line of commands) expect(line).toMatch(/^::(error|warning) file=[^:,\r\n]*,line=\d+,col=\d+,title=[^:,\r\n]*::[^\r\n]*$/);
    const hostile = commands.filter((l) => l.startsWith(`::error file=${escapeProperty(HOSTILE_NAME)},`));
    expect(hostile).toHaveLength(2);
    expect(hostile[0]).toContain(escapeData('metadata.annotations: Invalid value: "bad key,:%\\r\\n::error file=x::forged"'));
    expect(commands.filter((l) => l.includes('file=sloppy.yaml,')).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(Array(4).fill('::warning'));
  });

  it('escapes as the Actions runner unescapes', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });
});
