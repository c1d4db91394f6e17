/**
 * Meta-test over every rule of every group (the cronjob group included): ids, files, docs,
 * test files, and coverage of every create-time rule of the reference (rows 1–116 of
 * shared/reference/k8s-job-rules.md sections 5.1–5.5, parsed at test time so it cannot drift).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../lib/rules';
import { CONTAINER_RULES } from '../../lib/rules/container';
import { CRONJOB_RULES } from '../../lib/rules/cronjob';
import { JOB_RULES } from '../../lib/rules/job';
import { METADATA_RULES } from '../../lib/rules/metadata';
import { POD_RULES } from '../../lib/rules/pod';
import { RECOMMENDED_RULES } from '../../lib/rules/recommended';
import type { Rule, TriggerAnchor } from '../../lib/rules/rule';
import { loadSchema } from '../../lib/schema/schema-files';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { VOLUME_RULES } from '../../lib/rules/volume';

const ROOT = join(__dirname, '..', '..');
const REFERENCE = join(ROOT, '..', 'shared', 'reference', 'k8s-job-rules.md');
/** Row 116 is not one rule: it says rows 20–81 and 90–95 also run on the CronJob's jobTemplate. */
const EMBEDDED_JOB_SPEC = 'cronjob.jobTemplate.jobSpec';
const GROUPS: Record<string, readonly Rule[]> = { metadata: METADATA_RULES, job: JOB_RULES, pod: POD_RULES, volume: VOLUME_RULES, container: CONTAINER_RULES, cronjob: CRONJOB_RULES, recommended: RECOMMENDED_RULES };

/** The `id` column of every table row in the given sections, with the row number. */
function referenceIds(sections: RegExp): Array<{ row: number; id: string }> {
  const out: Array<{ row: number; id: string }> = [];
  let inSection = false;
  for (const line of readFileSync(REFERENCE, 'utf8').split('\n')) {
    if (line.startsWith('### ')) inSection = sections.test(line);
    const m = inSection ? /^\|\s*(\d+)\s*\|\s*([\w.]+)\s*\|/.exec(line) : null;
    if (m) out.push({ row: Number(m[1]), id: m[2] });
  }
  return out;
}

/** The warning ids of section 5.6. */
function warningIds(): string[] {
  const text = readFileSync(REFERENCE, 'utf8');
  return [...text.matchAll(/^\|\s*(warn\.[\w.]+)\s*\|/gm)].map((m) => m[1]);
}

describe('rule registry', () => {
  it('lists every group in ALL_RULES', () => {
    expect(ALL_RULES).toEqual([...METADATA_RULES, ...JOB_RULES, ...POD_RULES, ...VOLUME_RULES, ...CONTAINER_RULES, ...CRONJOB_RULES, ...RECOMMENDED_RULES]);
  });

  it('has unique kebab-case ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(Object.entries(GROUPS))('group %s', (group, rules) => {
    const folder = join(ROOT, 'lib', 'rules', group);

    it('has one file per rule, named after its id, and nothing else', () => {
      const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts') : [];
      expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(rules.map((r) => r.id).sort());
    });

    it.each(rules.map((r) => [r.id, r] as const))('%s is documented and tested', (id, rule) => {
      expect(rule.summary).toMatch(/^[^A-Z].*[^.]$/);
      expect(rule.docs).toMatch(/^https:\/\/kubernetes\.io\/.+#.+$/);
      // An error is the server's verdict, so it must trace to the reference; a warning may be an opinion.
      if (rule.severity === 'error') expect(rule.refs.length).toBeGreaterThan(0);
      expect(rule.appliesTo.length).toBeGreaterThan(0);
      if (rule.hint !== undefined) expect(rule.hint).toMatch(/^[^A-Z].*[^.]$/);
      // Hints shown to YAML users speak manifest terms; construct terms go in constructHint.
      if (rule.hint !== undefined) expect(rule.hint).not.toMatch(/\b(?:RestartPolicy|ConcurrencyPolicy|CompletionMode|PodFailurePolicy\w*|PodReplacementPolicy|ConditionStatus|Duration|Cron)\./);
      if (rule.constructHint !== undefined) {
        expect(rule.hint).toBeDefined();
        expect(rule.constructHint).toMatch(/^[^A-Z].*[^.]$/);
      }
      expect(existsSync(join(ROOT, 'test', 'rules', group, `${id}.test.ts`))).toBe(true);
    });
  });

  it('keeps the recommended checks warnings, apart from the API server rules', () => {
    for (const rule of RECOMMENDED_RULES) expect(`${rule.id} ${rule.severity}`).toBe(`${rule.id} warning`);
    const serverRules = new Set([...METADATA_RULES, ...JOB_RULES, ...POD_RULES, ...VOLUME_RULES, ...CONTAINER_RULES, ...CRONJOB_RULES].map((r) => r.id));
    for (const rule of RECOMMENDED_RULES) expect(serverRules.has(rule.id)).toBe(false);
  });

  it('refers only to ids of the reference', () => {
    const known = new Set([...referenceIds(/^### 5\./).map((r) => r.id), ...warningIds(), 'featureGates']);
    // Rules beyond the reference's rows trace to the Kubernetes function they port: `core.validateDNSPolicy`.
    const isSourceRef = (ref: string) => /^core\.[A-Za-z][A-Za-z0-9]*$/.test(ref);
    for (const rule of ALL_RULES) for (const ref of rule.refs) if (!isSourceRef(ref)) expect(known, `${rule.id}: ${ref}`).toContain(ref);
  });

  it('implements every create-time rule of sections 5.1–5.5 (rows 1–116)', () => {
    const covered = new Set(ALL_RULES.flatMap((r) => r.refs));
    const rows = referenceIds(/^### 5\.[1-5] /);
    expect(rows.length).toBeGreaterThan(80);
    const missing = rows.filter((r) => r.id !== EMBEDDED_JOB_SPEC && !covered.has(r.id)).map((r) => `${r.row} ${r.id}`);
    expect(missing).toEqual([]);
  });

  it('applies every JobSpec and pod rule (rows 20–81, 90–95) to the CronJob template too (row 116)', () => {
    const rows = referenceIds(/^### 5\.[3-4] /);
    expect(rows.some((r) => r.id === 'job.parallelism.nonNegative')).toBe(true);
    const jobSpecIds = new Set(rows.map((r) => r.id));
    const rules = ALL_RULES.filter((r) => r.refs.some((ref) => jobSpecIds.has(ref)));
    expect(rules.filter((r) => !r.appliesTo.includes('CronJob')).map((r) => r.id)).toEqual([]);
  });
});

/** The schema definitions whose properties each trigger anchor's keys are (`Rule.triggers`). */
const ANCHOR_DEFINITIONS: Record<TriggerAnchor, readonly string[]> = {
  metadata: ['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'],
  cron: ['io.k8s.api.batch.v1.CronJobSpec'],
  job: ['io.k8s.api.batch.v1.JobSpec'],
  podMetadata: ['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'],
  pod: ['io.k8s.api.core.v1.PodSpec'],
  container: ['io.k8s.api.core.v1.Container', 'io.k8s.api.core.v1.EphemeralContainer'],
};

/** Every key of an anchor in some supported version's schema. */
function anchorKeys(): Map<TriggerAnchor, Set<string>> {
  const out = new Map<TriggerAnchor, Set<string>>();
  for (const version of KUBERNETES_VERSIONS) {
    const definitions = (loadSchema(version, 'CronJob') as { definitions: Record<string, { properties?: Record<string, unknown> }> }).definitions;
    for (const [anchor, names] of Object.entries(ANCHOR_DEFINITIONS) as Array<[TriggerAnchor, readonly string[]]>) {
      const keys = out.get(anchor) ?? out.set(anchor, new Set()).get(anchor)!;
      for (const name of names) for (const key of Object.keys(definitions[name]?.properties ?? {})) keys.add(key);
    }
  }
  return out;
}

/** Rules that report a missing field, a default or a relation that holds without any field: they must run on every document. */
const ALWAYS_RUN = [
  'metadata-name-required',
  'metadata-annotations', // kubectl's last-applied annotation can overflow the limit with no annotation written
  'pod-containers-required',
  'container-image-required',
  'container-name',
  'job-restart-policy',
  'selector-matches-template',
  'generated-label-conflict',
  'cronjob-schedule',
  'job-active-deadline',
  'job-ttl-after-finished',
  'container-resource-requests',
  'cronjob-concurrency-deadline',
];

describe('rule triggers', () => {
  it('are <anchor>.<key>, one key directly under a known anchor, listed once, never an empty list', () => {
    const anchors = Object.keys(ANCHOR_DEFINITIONS);
    for (const rule of ALL_RULES) {
      if (rule.triggers === undefined) continue;
      expect(rule.triggers.length, rule.id).toBeGreaterThan(0);
      expect(new Set(rule.triggers).size, rule.id).toBe(rule.triggers.length);
      for (const trigger of rule.triggers) {
        expect(trigger, rule.id).toMatch(/^[A-Za-z]+\.[A-Za-z][A-Za-z0-9]*$/);
        expect(anchors, `${rule.id}: ${trigger}`).toContain(trigger.split('.')[0]);
      }
    }
  });

  it('name fields that exist: each key is a property of its anchor in some supported version', () => {
    const keys = anchorKeys();
    expect(keys.get('pod')?.has('affinity')).toBe(true);
    const unknown = ALL_RULES.flatMap((rule) =>
      (rule.triggers ?? []).filter((t) => !keys.get(t.split('.')[0] as TriggerAnchor)?.has(t.split('.')[1])).map((t) => `${rule.id}: ${t}`),
    );
    expect(unknown).toEqual([]);
  });

  it('can fire on every kind a rule applies to (a Job has no cron anchor)', () => {
    for (const rule of ALL_RULES) {
      if (rule.triggers === undefined || !rule.appliesTo.includes('Job')) continue;
      expect(rule.triggers.some((t) => !t.startsWith('cron.')), rule.id).toBe(true);
    }
  });

  it('are absent from the rules that must run on every document', () => {
    for (const id of ALWAYS_RUN) {
      const rule = ALL_RULES.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(rule?.triggers, id).toBeUndefined();
    }
  });
});
