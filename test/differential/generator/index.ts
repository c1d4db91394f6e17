/**
 * The differential corpus: {@link CASE_COUNT} Job and CronJob manifests, each a valid random
 * manifest (base.ts) with zero, one or two mutations (mutations/). Case `i` always has the same
 * id, seed and manifest; the first mutation cycles through the whole catalogue so every mutation
 * is seen about equally often, the second is drawn at random.
 */
import { createHash } from 'node:crypto';
import type { Family } from '../families';
import { baseDraft } from './base';
import type { Json, Kind, Mutation } from './draft';
import { CONTAINER_BASICS, CONTAINER_ENV, CONTAINER_PORTS, CONTAINER_PROBES, CONTAINER_RESOURCES, CONTAINER_SECURITY_CONTEXT, CONTAINER_VOLUME_MOUNTS } from './mutations/container';
import { CRONJOB_SPEC, DECODING, JOB_SPEC, OBJECT_METADATA } from './mutations/job';
import { INIT_AND_SIDECAR, POD_FIELDS, POD_SCHEDULING, POD_SECURITY_CONTEXT, TEMPLATE_METADATA, VOLUMES } from './mutations/pod';
import { Rng, seedOf } from './rng';

/** Bump when the generator changes on purpose; the goldens record it. */
export const GENERATOR_SEED = 'cdk8s-jobs-differential-1';
export const CASE_COUNT = 21_000;

export const MUTATIONS: readonly Mutation[] = [
  ...DECODING,
  ...OBJECT_METADATA,
  ...JOB_SPEC,
  ...CRONJOB_SPEC,
  ...TEMPLATE_METADATA,
  ...CONTAINER_BASICS,
  ...CONTAINER_PORTS,
  ...CONTAINER_ENV,
  ...CONTAINER_RESOURCES,
  ...CONTAINER_PROBES,
  ...CONTAINER_VOLUME_MOUNTS,
  ...CONTAINER_SECURITY_CONTEXT,
  ...INIT_AND_SIDECAR,
  ...VOLUMES,
  ...POD_FIELDS,
  ...POD_SCHEDULING,
  ...POD_SECURITY_CONTEXT,
];

export interface GeneratedCase {
  /** `g00042`: stable for a given {@link GENERATOR_SEED}. */
  readonly id: string;
  readonly kind: Kind;
  /** Mutation ids applied, in order (empty: an unmutated valid-looking manifest). */
  readonly mutations: readonly string[];
  /** The families of {@link mutations}, deduplicated, in order. */
  readonly families: readonly Family[];
  readonly manifest: Json;
}

export function caseId(index: number): string {
  return `g${String(index).padStart(5, '0')}`;
}

/** One case, from its index alone. */
export function generateCase(index: number): GeneratedCase {
  const id = caseId(index);
  const rng = new Rng(seedOf(`${GENERATOR_SEED}:${id}`));
  const roll = rng.next();
  const count = roll < 0.1 ? 0 : roll < 0.8 ? 1 : 2;
  const chosen: Mutation[] = [];
  if (count > 0) chosen.push(MUTATIONS[index % MUTATIONS.length] as Mutation);
  const kind: Kind = chosen[0]?.kinds?.length === 1 ? (chosen[0].kinds[0] as Kind) : rng.chance(0.3) ? 'CronJob' : 'Job';
  while (chosen.length < count) {
    const m = rng.pick(MUTATIONS);
    if (!chosen.includes(m) && (!m.kinds || m.kinds.includes(kind))) chosen.push(m);
  }
  const draft = baseDraft(rng, kind);
  for (const m of chosen) m.apply(draft);
  const families = [...new Set(chosen.map((m) => m.family))];
  return { id, kind, mutations: chosen.map((m) => m.id), families, manifest: draft.manifest };
}

/**
 * A case outside the committed corpus, for fuzzing (`scripts/oracle/fuzz.ts`): from any seed,
 * with 1 to `maxMutations` mutations drawn at random (the corpus has at most two).
 */
export function fuzzCase(seed: string, index: number, maxMutations: number): GeneratedCase {
  const id = `${seed}:${index}`;
  const rng = new Rng(seedOf(id));
  const count = 1 + Math.floor(rng.next() * maxMutations);
  const kind: Kind = rng.chance(0.3) ? 'CronJob' : 'Job';
  const chosen: Mutation[] = [];
  for (let tries = 0; chosen.length < count && tries < 50; tries++) {
    const m = rng.pick(MUTATIONS);
    if (!chosen.includes(m) && (!m.kinds || m.kinds.includes(kind))) chosen.push(m);
  }
  const draft = baseDraft(rng, kind);
  for (const m of chosen) m.apply(draft);
  return { id, kind, mutations: chosen.map((m) => m.id), families: [...new Set(chosen.map((m) => m.family))], manifest: draft.manifest };
}

export function generateCases(count = CASE_COUNT): GeneratedCase[] {
  return Array.from({ length: count }, (_, i) => generateCase(i));
}

/** The manifest's fingerprint in the goldens: a check fails when generator and goldens drift. */
export function manifestHash(manifest: unknown): string {
  return createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 16);
}
