/**
 * What the project already has, as documents for the oracle: the real-world manifests of
 * ../shared/corpus, the seed fixtures, the synthesized example app (its YAML snapshots) and the
 * rule tests' cases (recorded by test/rules/rule-cases.ts when CDK8S_JOBS_RULE_CASES_OUT is set).
 * YAML is read with the library's loader, as kubectl reads it; only batch documents are kept, and
 * a file that does not parse is left out (the YAML layer has its own tests).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchKindOf } from '../../lib/manifest/classify';
import { loadDocuments } from '../../lib/yaml';

export interface ProjectCase {
  /** `corpus/<file>#<n>`, `seeds/<file>#<n>`, `examples/<file>#<n>` or `rule-cases/<rule>/<kind>/<version>/<name>`. */
  readonly id: string;
  readonly manifest: unknown;
}

const ROOT = join(__dirname, '..', '..');
export const SHARED_CORPUS = join(ROOT, '..', 'shared', 'corpus');
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');
const EXAMPLES = join(ROOT, 'test', '__snapshots__', 'examples');

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
}

/** The batch documents of one YAML file, `kind: List` unwrapped; none when the file does not parse. */
export function batchDocuments(text: string): unknown[] {
  const loaded = loadDocuments(text);
  if (loaded.some((d) => d.error)) return [];
  return loaded
    .map((d) => d.value)
    .flatMap((d) => {
      const o = d as { kind?: unknown; items?: unknown } | null;
      return o && o.kind === 'List' && Array.isArray(o.items) ? (o.items as unknown[]) : [d];
    })
    .filter((d) => batchKindOf(d) !== undefined);
}

function fromDir(prefix: string, dir: string): ProjectCase[] {
  return yamlFiles(dir).flatMap((f) => batchDocuments(readFileSync(join(dir, f), 'utf8')).map((manifest, n) => ({ id: `${prefix}/${f}#${n}`, manifest })));
}

/** Corpus, seeds and examples: everything that needs no test run to collect. */
export function fileCases(): ProjectCase[] {
  return [...fromDir('corpus', SHARED_CORPUS), ...fromDir('seeds', SEEDS), ...fromDir('examples', EXAMPLES)];
}

/** Rule-case records as written by rule-cases.ts (JSON lines), deduplicated by id. */
export function ruleCasesFrom(dir: string): ProjectCase[] {
  const seen = new Map<string, unknown>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { rule: string; kind: string; version: string; name: string; manifest: unknown };
      seen.set(`rule-cases/${r.rule}/${r.kind}/${r.version}/${r.name}`, r.manifest);
    }
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, manifest]) => ({ id, manifest }));
}

/** The rule tests' cases: `vitest list test/rules` runs the test files' collection, which records them. */
export function collectRuleCases(): ProjectCase[] {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-rule-cases-'));
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'list', 'test/rules'], {
      cwd: ROOT,
      env: { ...process.env, CDK8S_JOBS_RULE_CASES_OUT: dir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return ruleCasesFrom(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
