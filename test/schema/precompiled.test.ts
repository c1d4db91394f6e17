/**
 * The validators precompiled by `npm run build` (build/validators, scripts/precompile-validators.ts):
 * used when present and built from the current schema files, never when stale, and they report
 * exactly what run-time compilation reports. `npm test` builds first; run `npm run build` before a
 * bare `vitest run` (these tests fail, not skip, without the build).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManifestKind } from '../../lib/manifest/job-view';
import { AJV_OPTIONS, compileAtRunTime, compiledSchema, validatorSource } from '../../lib/schema/compile';
import { loadPrecompiled, precompiledFile, validatorFingerprint } from '../../lib/schema/precompiled';
import { loadSchema, packageRoot } from '../../lib/schema/schema-files';
import { validateManifest } from '../../lib/schema/validate-manifest';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from '../../lib/versions';
import { loadDocuments } from '../../lib/yaml';

const ROOT = packageRoot();
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const KINDS: readonly ManifestKind[] = ['Job', 'CronJob'];
const CASES = KUBERNETES_VERSIONS.flatMap((version) => KINDS.map((kind) => ({ version, kind })));
const BUILD_FIRST = 'missing or stale: run `npm run build` first';

/** Every document of every corpus file that parses (valid and invalid manifests alike). */
function corpusDocuments(): unknown[] {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
  return files.flatMap((f) => loadDocuments(readFileSync(join(CORPUS, f), 'utf8')).filter((d) => !d.error).map((d) => d.value));
}

const DOCUMENTS = corpusDocuments();
const batchDocs = (kind: ManifestKind): unknown[] =>
  DOCUMENTS.filter((d) => typeof d === 'object' && d !== null && (d as { kind?: unknown }).kind === kind);

describe('precompiled validators', () => {
  it('the corpus has valid and invalid Jobs and CronJobs to compare on', () => {
    const outcomes = KINDS.map((kind) => batchDocs(kind).map((d) => validateManifest(d, { kubernetesVersion: '1.36' }).length > 0));
    for (const found of outcomes) expect(new Set(found)).toEqual(new Set([true, false]));
  });

  it.each(KUBERNETES_VERSIONS)('npm run build wrote build/validators/v%s.js from the current schemas', (version) => {
    const file = precompiledFile(version);
    expect(existsSync(file), `${file} ${BUILD_FIRST}`).toBe(true);
    const recorded = (require(file) as { fingerprint?: unknown }).fingerprint;
    expect(recorded, `${file} ${BUILD_FIRST}`).toBe(validatorFingerprint(version, AJV_OPTIONS));
  });

  it.each(CASES)('$kind on $version uses the precompiled validator', ({ version, kind }) => {
    expect(validatorSource(version, kind), `build/validators ${BUILD_FIRST}`).toBe('precompiled');
    expect(compiledSchema(version, kind).validate).toBe(loadPrecompiled(validatorFingerprint(version, AJV_OPTIONS), precompiledFile(version))?.[kind]);
  });

  it.each(CASES)('$kind on $version: precompiled and run-time compiled validators report the same errors', ({ version, kind }) => {
    const precompiled = compiledSchema(version, kind).validate;
    const compiled = compileAtRunTime(version, loadSchema(version, kind));
    expect(precompiled).not.toBe(compiled);
    let errors = 0;
    for (const doc of batchDocs(kind)) {
      const [ok, okCompiled] = [precompiled(doc), compiled(doc)];
      // Whole error objects (instancePath, keyword, params, schemaPath, message) in the same order.
      expect({ ok, errors: precompiled.errors }).toEqual({ ok: okCompiled, errors: compiled.errors });
      errors += precompiled.errors?.length ?? 0;
    }
    expect(errors).toBeGreaterThan(0);
  });

  describe('loadPrecompiled', () => {
    const version: KubernetesVersion = '1.28';
    const fingerprint = (): string => validatorFingerprint(version, AJV_OPTIONS);
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-precompiled-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('loads a module whose fingerprint matches', () => {
      const file = join(dir, 'fresh.js');
      cpSync(precompiledFile(version), file);
      const loaded = loadPrecompiled(fingerprint(), file);
      expect(typeof loaded?.Job).toBe('function');
      expect(typeof loaded?.CronJob).toBe('function');
    });

    it('refuses a module built from other schema files (stale fingerprint)', () => {
      const file = join(dir, 'stale.js');
      cpSync(precompiledFile(version), file);
      expect(loadPrecompiled(fingerprint().replace(/^./, (c) => (c === '0' ? '1' : '0')), file)).toBeUndefined();
      expect(loadPrecompiled(validatorFingerprint(version, { ...AJV_OPTIONS, allErrors: false }), file)).toBeUndefined();
    });

    it('refuses a missing, broken or foreign module', () => {
      expect(loadPrecompiled(fingerprint(), join(dir, 'missing.js'))).toBeUndefined();
      writeFileSync(join(dir, 'broken.js'), 'exports.fingerprint = ');
      expect(loadPrecompiled(fingerprint(), join(dir, 'broken.js'))).toBeUndefined();
      writeFileSync(join(dir, 'foreign.js'), `exports.fingerprint = ${JSON.stringify(fingerprint())};`);
      expect(loadPrecompiled(fingerprint(), join(dir, 'foreign.js'))).toBeUndefined();
    });
  });

  /**
   * A copy of the built package in a temp folder (build/lib, package.json, schemas; node_modules
   * linked), run in plain node processes: what the library does with a stale or missing
   * build/validators, without touching the real build/ other tests use.
   */
  describe('in a copy of the built package', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-package-'));
      for (const part of ['package.json', 'schemas', join('build', 'lib')]) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
      writeFileSync(join(copy, 'corpus.json'), JSON.stringify(DOCUMENTS));
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    /** validateManifest of every corpus document on every version, and the validator sources, in the copy. */
    function runInCopy(): { sources: Record<string, string>; findings: unknown } {
      const lib = join(copy, 'build', 'lib');
      const script = `
        const { validateManifest } = require(${JSON.stringify(join(lib, 'schema', 'validate-manifest.js'))});
        const { validatorSource } = require(${JSON.stringify(join(lib, 'schema', 'compile.js'))});
        const docs = require(${JSON.stringify(join(copy, 'corpus.json'))});
        const versions = ${JSON.stringify(KUBERNETES_VERSIONS)};
        const findings = versions.map((v) => docs.map((d) => validateManifest(d, { kubernetesVersion: v })));
        const sources = {};
        for (const v of versions) for (const k of ['Job', 'CronJob']) sources[v + '/' + k] = validatorSource(v, k);
        process.stdout.write(JSON.stringify({ sources, findings }));`;
      return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }));
    }

    /** The same, in this process (precompiled validators), through JSON like the child's output. */
    function findingsHere(): unknown {
      const docs = JSON.parse(JSON.stringify(DOCUMENTS)) as unknown[];
      return JSON.parse(JSON.stringify(KUBERNETES_VERSIONS.map((v) => docs.map((d) => validateManifest(d, { kubernetesVersion: v })))));
    }

    it('compiles every version when build/validators is missing, with the same findings as the precompiled validators', () => {
      rmSync(join(copy, 'build', 'validators'), { recursive: true, force: true });
      const { sources, findings } = runInCopy();
      expect(new Set(Object.values(sources))).toEqual(new Set(['compiled']));
      expect(findings).toEqual(findingsHere());
    });

    it('compiles the version whose schema changed since the build and still uses the others', () => {
      cpSync(join(ROOT, 'build', 'validators'), join(copy, 'build', 'validators'), { recursive: true });
      expect(new Set(Object.values(runInCopy().sources))).toEqual(new Set(['precompiled']));

      // Same schema, other bytes (as if regenerated with another layout): the fingerprint changes.
      const edited = join(copy, 'schemas', 'v1.30', 'cronjob.json');
      writeFileSync(edited, JSON.stringify(JSON.parse(readFileSync(edited, 'utf8'))));
      const { sources, findings } = runInCopy();
      for (const [key, source] of Object.entries(sources)) expect([key, source]).toEqual([key, key.startsWith('1.30/') ? 'compiled' : 'precompiled']);
      expect(findings).toEqual(findingsHere());
    });
  });
});
