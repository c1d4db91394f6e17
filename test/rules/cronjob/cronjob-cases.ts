/**
 * Table runner for the CronJob rules: builds a minimal valid CronJob, applies a case's patch, runs
 * the whole engine (`lintManifest`) and compares the `{rule, path, severity}` findings of the rule
 * under test (other rules and the schema run too, but are filtered out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../../../lib/yaml';
import { lintManifest } from '../../../lib/lint';
import type { Violation } from '../../../lib/violation';
import { merge } from '../rule-cases';

type Json = Record<string, unknown>;

/** A CronJob the API server accepts on every supported version. */
export function validCronJob(): Json {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly-report' },
    spec: {
      schedule: '0 2 * * *',
      jobTemplate: {
        spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'report', image: 'busybox:1.36' }] } } },
      },
    },
  };
}

/** What a case changes in {@link validCronJob}. Objects are merged deeply; other values replace. */
export interface CronPatch {
  readonly metadata?: Json;
  /** Merged into the CronJob `spec`. */
  readonly spec?: Json;
  /** Merged into `spec.jobTemplate.spec`. */
  readonly jobSpec?: Json;
  /** Free-form change after the merges. */
  readonly mutate?: (manifest: Json) => void;
}

/** One table row. */
export interface CronCase extends CronPatch {
  readonly name: string;
  /** @default ['1.28', '1.36'] */
  readonly versions?: readonly string[];
  /** Expected findings of the rule (invalid cases); severity defaults to `error`. */
  readonly errors?: ReadonlyArray<string | { readonly path: string; readonly severity: 'error' | 'warning' }>;
}


/** Builds the manifest of a case. */
export function cronJob(patch: CronPatch = {}): Json {
  const m = validCronJob();
  const spec = m.spec as Json;
  if (patch.metadata) merge(m.metadata as Json, patch.metadata);
  if (patch.spec) merge(spec, patch.spec);
  if (patch.jobSpec) merge((spec.jobTemplate as Json).spec as Json, patch.jobSpec);
  patch.mutate?.(m);
  return m;
}

/** The violations of one rule for a manifest. */
export function violationsOf(ruleId: string, manifest: unknown, version = '1.28'): Violation[] {
  return lintManifest(manifest, { kubernetesVersion: version }).filter((v) => v.rule === ruleId);
}

const key = (v: { path: string; severity: string }) => `${v.severity} ${v.path}`;

/** Runs a rule's table on every listed version: valid cases give nothing, invalid ones exactly `errors`. */
export function cronCases(ruleId: string, table: { valid: readonly CronCase[]; invalid: readonly CronCase[] }): void {
  const expand = (cases: readonly CronCase[]) => cases.flatMap((c) => (c.versions ?? ['1.28', '1.36']).map((version) => ({ c, version })));
  describe(ruleId, () => {
    it.each(expand(table.valid).map((x) => [`accepts ${x.c.name} (${x.version})`, x] as const))('%s', (_, { c, version }) => {
      expect(violationsOf(ruleId, cronJob(c), version).map(key)).toEqual([]);
    });
    it.each(expand(table.invalid).map((x) => [`fails when ${x.c.name} (${x.version})`, x] as const))('%s', (_, { c, version }) => {
      const expected = (c.errors ?? []).map((e) => (typeof e === 'string' ? key({ path: e, severity: 'error' }) : key(e)));
      expect(violationsOf(ruleId, cronJob(c), version).map(key).sort()).toEqual(expected.sort());
    });
  });
}

/** The one message of a rule for a manifest (for pinning wording). */
export function messageOf(ruleId: string, manifest: unknown, version = '1.28'): string {
  return violationsOf(ruleId, manifest, version)
    .map((v) => `${v.severity} ${v.path}: ${v.message}`)
    .join('\n');
}

const CORPUS = join(__dirname, '../../../../shared/corpus');

type Doc = Record<string, unknown> | null;

/** The first CronJob of a corpus file (a document, or an item of a `kind: List`). */
export function corpusCronJob(file: string): Record<string, unknown> {
  const docs = loadDocuments(readFileSync(join(CORPUS, file), 'utf8'), file).map((d) => d.value as Doc);
  const all = docs.flatMap((d) => (d?.kind === 'List' && Array.isArray(d.items) ? (d.items as Doc[]) : [d]));
  const cronJob = all.find((d) => d?.kind === 'CronJob');
  if (!cronJob) throw new Error(`${file}: no CronJob`);
  return cronJob;
}
