/**
 * Every real-world manifest of shared/corpus (verdicts in INDEX.json) through `lintManifest`, on
 * every target version the verdict holds for: `invalid` ⇔ at least one error across the file's
 * batch documents. Entries whose reasons say "uncertain" may go either way (they still must
 * not throw). YAML is read with the library's own loader (lib/yaml: go-yaml v2 scalars and
 * duplicate-key errors, as kubectl reads it); a file that does not parse counts as invalid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintManifest } from '../lib/lint';
import { RECOMMENDED_RULES } from '../lib/rules';
import { batchKindOf } from '../lib/manifest/classify';
import { KUBERNETES_VERSIONS, minorOf, type KubernetesVersion } from '../lib/versions';
import type { Violation } from '../lib/violation';
import { loadDocuments } from '../lib/yaml';

const CORPUS = join(__dirname, '..', '..', 'shared', 'corpus');

interface Entry {
  readonly file: string;
  readonly expect: 'valid' | 'invalid';
  readonly reasons: readonly string[];
  readonly k8sVersions: string;
}

const entries: Entry[] = JSON.parse(readFileSync(join(CORPUS, 'INDEX.json'), 'utf8'));

/** The supported targets an entry's `k8sVersions` covers (`n/a`: none, the file is not batch). */
function targets(spec: string): KubernetesVersion[] {
  if (spec === 'all') return [...KUBERNETES_VERSIONS];
  const min = /^>=(1\.\d+)$/.exec(spec)?.[1];
  if (min) return KUBERNETES_VERSIONS.filter((v) => minorOf(v) >= Number(min.split('.')[1]));
  return [];
}

/** The documents of a file, with `kind: List` unwrapped; `undefined` when the YAML does not parse. */
function documents(text: string): unknown[] | undefined {
  const loaded = loadDocuments(text);
  if (loaded.some((d) => d.error)) return undefined;
  return loaded.map((d) => d.value).flatMap((d) => {
    const o = d as { kind?: unknown; items?: unknown } | null;
    return o && o.kind === 'List' && Array.isArray(o.items) ? o.items : [d];
  });
}

function lintFile(docs: unknown[], version: KubernetesVersion): Violation[] {
  return docs.filter((d) => batchKindOf(d) !== undefined).flatMap((d) => lintManifest(d, { kubernetesVersion: version }));
}

const cases = entries.flatMap((e) => {
  const versions = targets(e.k8sVersions);
  return (versions.length > 0 ? versions : [undefined]).map((v) => [`${e.file} (${v ?? e.k8sVersions})`, e, v] as const);
});

describe('corpus verdicts', () => {
  it('reads the index', () => {
    expect(entries.length).toBeGreaterThan(50);
  });

  it.each(cases)('%s', (_, entry, version) => {
    const docs = documents(readFileSync(join(CORPUS, entry.file), 'utf8'));
    const uncertain = entry.reasons.some((r) => r.includes('uncertain'));
    if (version === undefined) {
      // Not batch/v1 (e.g. a CRD named CronJob): no batch document, so nothing to report.
      expect(docs).toBeDefined();
      expect((docs ?? []).filter((d) => batchKindOf(d) !== undefined)).toEqual([]);
      // No engine rule may judge it. (Called directly, validateManifest still reports its apiVersion
      // as not batch/v1; callers such as the CLI skip such documents through batchKindOf.)
      const ruleFindings = (docs ?? []).flatMap((d) => lintManifest(d)).filter((v) => v.rule !== 'schema');
      expect(ruleFindings).toEqual([]);
      return;
    }
    const errors = docs === undefined ? ['<yaml parse error>'] : lintFile(docs, version).filter((v) => v.severity === 'error');
    if (uncertain) return;
    const summary = errors.map((v) => (typeof v === 'string' ? v : `${v.path}: ${v.message} [${v.rule}]`));
    if (entry.expect === 'invalid') expect(summary, 'expected at least one error').not.toEqual([]);
    else expect(summary).toEqual([]);
  });
});

describe('corpus entries the index leaves open', () => {
  // validateGeneratedSelector (kubernetes pkg/apis/batch/validation/validation.go) only requires a
  // selector without manualSelector to match the generated labels; {job-name: <own name>} does.
  it.each(KUBERNETES_VERSIONS)('beryju__acme-initial-job-selector-jobname.yaml is accepted on %s, with a warning', (version) => {
    const docs = documents(readFileSync(join(CORPUS, 'beryju__acme-initial-job-selector-jobname.yaml'), 'utf8')) ?? [];
    const found = lintFile(docs, version);
    expect(found.filter((v) => v.severity === 'error')).toEqual([]);
    // (the recommended checks warn too; only the API server's own warning is pinned here)
    const recommended = new Set(RECOMMENDED_RULES.map((r) => r.id));
    expect(found.filter((v) => !recommended.has(v.rule)).map((v) => `${v.severity} ${v.rule} ${v.path}`)).toEqual(['warning manual-selector-required spec.selector']);
  });
});
