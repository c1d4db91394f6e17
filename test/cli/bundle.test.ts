import { readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from './run-cli';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
  dependencies: Record<string, string>;
};
const BIN = join(ROOT, pkg.bin['cdk8s-jobs']);

/** The package a bare specifier names (`ajv/package.json` -> `ajv`). */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the CLI bundle (scripts/bundle-cli.ts)', () => {
  it('is the command package.json ships, and the one the CLI tests run', () => {
    expect(pkg.bin['cdk8s-jobs']).toBe('build/cli/cdk8s-jobs.js');
    expect(pkg.files).toContain('build/cli');
    if (!process.env.CDK8S_JOBS_TEST_CLI) expect(CLI).toBe(BIN);
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('holds only our code: every package is required from node_modules, and none of cdk8s, constructs or cdk8s-plus', () => {
    const text = readFileSync(BIN, 'utf8');
    const required = new Set([...text.matchAll(/\brequire\(["']([^"'./][^"']*)["']\)/g)].map((m) => packageOf(m[1].replace(/^node:/, ''))));
    const stray = [...required].filter((name) => !builtinModules.includes(name) && !(name in pkg.dependencies));
    expect(stray).toEqual([]);
    expect([...required].filter((name) => /^(cdk8s|constructs|cdk8s-plus-\d+)$/.test(name))).toEqual([]);
    // Bundled: no relative require of our own modules is left (they would not exist next to it).
    expect(text).not.toMatch(/\brequire\(["']\.\.?\//);
    // The package code is not in it (js-yaml's loader, picomatch's parser).
    expect(text).not.toContain('function composeNode');
  });

  it('is at least as new as the compiled CLI it is made from (npm run build makes both)', () => {
    expect(statSync(BIN).mtimeMs).toBeGreaterThanOrEqual(statSync(join(ROOT, 'build', 'lib', 'cli', 'main.js')).mtimeMs);
  });

  it('runs: finds the schemas and the package version from build/cli', () => {
    const version = runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      restartPolicy: Always\n      containers: [{name: c, image: busybox:1.36}]\n';
    const r = runCli(['lint', '-q', '-'], { input: job });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:7:7: error: spec\.template\.spec\.restartPolicy: .* \[job-restart-policy\]$/m);
    // a schema finding: the strict schema of the target version was found from build/cli
    const schema = runCli(['lint', '-q', '-'], { input: job.replace('metadata: {name: x}', 'metadata: {name: x, colour: red}') });
    expect(schema.stdout).toMatch(/^<stdin>:3:21: error: metadata\.colour: Forbidden: unknown field \[schema\]$/m);
  });
});
