/**
 * ESLint-RuleTester-style table runner for the rule engine: builds a minimal valid Job and/or
 * CronJob, applies a case's patch, runs one rule (as the engine would) and compares the
 * `{rule, path, severity}` findings with the expected ones.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJobView } from '../../lib/manifest/job-view';
import type { ManifestKind } from '../../lib/manifest/job-view';
import { stamp, type Rule } from '../../lib/rules/rule';
import { resolveKubernetesVersion } from '../../lib/versions';
import type { Violation } from '../../lib/violation';
import { untriggeredFindings } from './untriggered';

type Json = Record<string, unknown>;

/** A Job the API server accepts on every supported version. */
export function validJob(): Json {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi' },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.34' }] } } },
  };
}

/** A CronJob the API server accepts on every supported version. */
export function validCronJob(): Json {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello' },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox:1.36' }] } } } },
    },
  };
}

/** Where a case's patches go. Objects are merged deeply; arrays and scalars replace. */
export interface Patch {
  readonly metadata?: Json;
  /** Merged into the JobSpec (Job `spec`, CronJob `spec.jobTemplate.spec`). */
  readonly jobSpec?: Json;
  /** Merged into the pod spec of the template. */
  readonly podSpec?: Json;
  /** Merged into the first container. */
  readonly container?: Json;
  /** CronJob only: merged into `spec`. */
  readonly cronSpec?: Json;
  /** Free-form change after the merges (deleting keys, replacing whole objects). */
  readonly mutate?: (manifest: Json) => void;
}

/** One table row. */
export interface RuleCase extends Patch {
  readonly name: string;
  /** Kinds to run the case for. @default both kinds the rule applies to */
  readonly kinds?: readonly ManifestKind[];
  /** Target versions. @default ['1.28', '1.36'] */
  readonly versions?: readonly string[];
  /**
   * Expected findings (invalid cases): paths as for a Job; `spec.` is rewritten to
   * `spec.jobTemplate.spec.` for a CronJob. Severity defaults to the rule's.
   */
  readonly errors?: ReadonlyArray<string | { readonly path: string; readonly severity?: 'error' | 'warning' }>;
}

function isPlainObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge of `patch` into `target` (in place). */
export function merge(target: Json, patch: Json): Json {
  for (const [k, v] of Object.entries(patch)) {
    if (isPlainObject(v) && isPlainObject(target[k])) merge(target[k] as Json, v);
    else target[k] = structuredClone(v);
  }
  return target;
}

function ensure(o: Json, ...keys: string[]): Json {
  let cur = o;
  for (const k of keys) {
    if (!isPlainObject(cur[k])) cur[k] = {};
    cur = cur[k] as Json;
  }
  return cur;
}

/** Builds the manifest of a case for one kind. */
export function build(kind: ManifestKind, patch: Patch): Json {
  const m = kind === 'Job' ? validJob() : validCronJob();
  const jobSpec = kind === 'Job' ? ensure(m, 'spec') : ensure(m, 'spec', 'jobTemplate', 'spec');
  if (patch.metadata) merge(ensure(m, 'metadata'), patch.metadata);
  if (patch.jobSpec) merge(jobSpec, patch.jobSpec);
  if (patch.podSpec) merge(ensure(jobSpec, 'template', 'spec'), patch.podSpec);
  if (patch.container) merge(((ensure(jobSpec, 'template', 'spec').containers as Json[]) ?? [])[0] ?? {}, patch.container);
  if (patch.cronSpec && kind === 'CronJob') merge(ensure(m, 'spec'), patch.cronSpec);
  patch.mutate?.(m);
  return m;
}

/** The stamped findings of one rule for one manifest. */
export function runRule(rule: Rule, manifest: unknown, version = '1.28'): Violation[] {
  const view = toJobView(manifest, resolveKubernetesVersion(version));
  if (!view || !rule.appliesTo.includes(view.kind)) return [];
  return rule.check(view).map((f) => stamp(rule, f));
}

/** Rewrites a Job path for the CronJob's embedded JobSpec. */
export function forKind(kind: ManifestKind, path: string): string {
  return kind === 'CronJob' && (path === 'spec' || path.startsWith('spec.')) ? path.replace(/^spec/, 'spec.jobTemplate.spec') : path;
}

function key(v: { path: string; severity: string }): string {
  return `${v.severity} ${v.path}`;
}

/** Runs a rule's table: every valid case yields no finding, every invalid case exactly the expected ones. */
export function ruleCases(rule: Rule, table: { valid: readonly RuleCase[]; invalid: readonly RuleCase[] }): void {
  const expand = (cases: readonly RuleCase[]) =>
    cases.flatMap((c) =>
      (c.kinds ?? rule.appliesTo).flatMap((kind) => (c.versions ?? ['1.28', '1.36']).map((version) => ({ c, kind, version }))),
    );
  const severities = (c: RuleCase) => (c.errors ?? []).map((e) => (typeof e === 'string' ? undefined : e.severity) ?? rule.severity);
  recordCases(rule, expand(table.valid), expand(table.invalid), severities);
  describe(rule.id, () => {
    it.each(expand(table.valid).map((x) => [`accepts ${x.c.name} (${x.kind}, ${x.version})`, x] as const))('%s', (_, { c, kind, version }) => {
      expect(runRule(rule, build(kind, c), version).map(key)).toEqual([]);
    });
    const title = (c: RuleCase) => (severities(c).every((s) => s === 'warning') ? `reports a warning when ${c.name}` : `fails when ${c.name}`);
    it.each(expand(table.invalid).map((x) => [`${title(x.c)} (${x.kind}, ${x.version})`, x] as const))('%s', (_, { c, kind, version }) => {
      const expected = (c.errors ?? []).map((e) => {
        const { path, severity } = typeof e === 'string' ? { path: e, severity: undefined } : e;
        return key({ path: forKind(kind, path), severity: severity ?? rule.severity });
      });
      expect(expected.length).toBeGreaterThan(0);
      const found = runRule(rule, build(kind, c), version);
      expect(found.map(key).sort()).toEqual(expected.sort());
      for (const v of found) expect(v.rule).toBe(rule.id);
    });
    it('gets no finding from any rule the engine skips on its cases', () => {
      const all = [...expand(table.valid), ...expand(table.invalid)];
      expect(all.flatMap(({ c, kind, version }) => untriggeredFindings(build(kind, c), version).map((s) => ({ case: c.name, kind, version, ...s })))).toEqual([]);
    });
  });
}

/**
 * When CDK8S_JOBS_RULE_CASES_OUT names a directory, every case is appended there (one JSON line per
 * case, one file per worker: rule, kind, version, name, the verdict the test expects and its
 * paths, the manifest), so `npm run oracle:goldens` can ask the oracle about the rule tests' cases
 * (scripts/oracle/goldens.ts runs `vitest list test/rules` for that) and `scripts/oracle-check.ts`
 * can hold the tests' own expectations against the oracle. A case whose expected findings are all
 * warnings expects the server to accept the manifest.
 */
function recordCases(
  rule: Rule,
  valid: ReadonlyArray<{ c: RuleCase; kind: ManifestKind; version: string }>,
  invalid: ReadonlyArray<{ c: RuleCase; kind: ManifestKind; version: string }>,
  severities: (c: RuleCase) => Array<'error' | 'warning'>,
): void {
  const out = process.env.CDK8S_JOBS_RULE_CASES_OUT;
  if (!out) return;
  const cases = [
    ...valid.map((x) => ({ ...x, expect: 'accepted' as const, paths: [] as string[] })),
    ...invalid.map((x) => ({
      ...x,
      expect: severities(x.c).includes('error') ? ('refused' as const) : ('accepted' as const),
      paths: (x.c.errors ?? []).map((e) => forKind(x.kind, typeof e === 'string' ? e : e.path)),
    })),
  ];
  const lines = cases.map(({ c, kind, version, expect, paths }) =>
    JSON.stringify({ rule: rule.id, kind, version, name: c.name, expect, paths, manifest: build(kind, c) }),
  );
  appendFileSync(join(out, `${process.pid}.jsonl`), lines.join('\n') + '\n');
}
