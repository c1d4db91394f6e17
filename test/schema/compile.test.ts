import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAtRunTime, compiledSchema } from '../../lib/schema/compile';
import { loadSchema, schemaFile } from '../../lib/schema/schema-files';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { cronJob, job, lines } from './helpers';

const BUILT = join(__dirname, '..', '..', 'build', 'lib', 'schema', 'index.js');

const CASES = KUBERNETES_VERSIONS.flatMap((version) => (['Job', 'CronJob'] as const).map((kind) => ({ version, kind })));

describe('generated schemas', () => {
  it.each(CASES)('$kind on $version exists, compiles in strict mode and is cached', ({ version, kind }) => {
    expect(existsSync(schemaFile(version, kind))).toBe(true);
    // compiledSchema takes build/validators when fresh (test/schema/precompiled.test.ts): compile here too.
    expect(typeof compileAtRunTime(version, loadSchema(version, kind))).toBe('function');
    const compiled = compiledSchema(version, kind);
    expect(typeof compiled.validate).toBe('function');
    expect(compiledSchema(version, kind)).toBe(compiled);
  });

  it.each(KUBERNETES_VERSIONS)('accepts a plain Job and CronJob on %s', (version) => {
    expect(lines(job(), version)).toEqual([]);
    expect(lines(cronJob(), version)).toEqual([]);
  });

  it.each(CASES)('$kind on $version holds only definitions it reaches', ({ version, kind }) => {
    const schema = loadSchema(version, kind) as { definitions: Record<string, unknown> };
    const text = JSON.stringify(schema);
    for (const name of Object.keys(schema.definitions)) expect(text).toContain(`"#/definitions/${name}"`);
    expect(Object.keys(schema.definitions).some((n) => n.startsWith('io.k8s.api.apps.'))).toBe(false);
  });

  // `npm test` builds first; run `npm run build` before a bare `vitest run`.
  it('finds the schemas from the build (build/lib/schema) in a plain node process', () => {
    expect(existsSync(BUILT), `${BUILT} is missing: run \`npm run build\` first`).toBe(true);
    const script =
      `const { validateManifest } = require(${JSON.stringify(BUILT)});` +
      `process.stdout.write(JSON.stringify(validateManifest({ apiVersion: 'batch/v1', kind: 'Job', spec: { completions: 'x' } })));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Array<{ path: string }>;
    expect(out.map((v) => v.path)).toContain('spec.completions');
  });
});
