/** The manifest being generated, with handles on its nested parts, and small helpers for builders and mutations. */
import type { Family } from '../families';
import type { Rng } from './rng';

export type Json = Record<string, unknown>;
export type Kind = 'Job' | 'CronJob';

export interface Draft {
  readonly rng: Rng;
  readonly kind: Kind;
  readonly manifest: Json;
  /** The Job's `spec`, or the CronJob's `spec.jobTemplate.spec`. */
  readonly jobSpec: Json;
  /** The CronJob's `spec`; undefined for a Job. */
  readonly cronSpec?: Json;
  readonly template: Json;
  readonly podSpec: Json;
}

/** One way a real manifest goes wrong (or an edge value that may or may not be right). */
export interface Mutation {
  /** `<family>/<what>`, stable: case ids and the expected-disagreements list refer to it. */
  readonly id: string;
  readonly family: Family;
  /** Kinds it applies to. @default both */
  readonly kinds?: readonly Kind[];
  readonly apply: (d: Draft) => void;
}

export function obj(parent: Json, key: string): Json {
  const v = parent[key];
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Json;
  const fresh: Json = {};
  // A value of another type was put there by an earlier mutation: keep it, edit a detached object.
  if (v === undefined) parent[key] = fresh;
  return fresh;
}

export function list(parent: Json, key: string): Json[] {
  const v = parent[key];
  if (Array.isArray(v)) return v as Json[];
  const fresh: Json[] = [];
  if (v === undefined) parent[key] = fresh;
  return fresh;
}

export function containers(d: Draft): Json[] {
  return list(d.podSpec, 'containers');
}

/** A random regular container (there is always at least one). */
export function someContainer(d: Draft): Json {
  const cs = containers(d).filter((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
  // No container left (an earlier mutation removed them): edit a detached one.
  return cs.length === 0 ? { name: 'main', image: 'busybox:1.36' } : d.rng.pick(cs);
}

/** Every container, init container included. */
export function allContainers(d: Draft): Json[] {
  return [...list(d.podSpec, 'initContainers'), ...containers(d)];
}

export function volumes(d: Draft): Json[] {
  return list(d.podSpec, 'volumes');
}

/** Adds a volume under a fresh name and returns the name. */
export function addVolume(d: Draft, source: Json): string {
  const vs = volumes(d);
  const name = `vol-${vs.length}-${d.rng.label(2, 5)}`;
  vs.push({ name, ...source });
  return name;
}

/** Mutation table helper: prefixes ids with the family. */
export function family(f: Family, entries: Record<string, ((d: Draft) => void) | { kinds: readonly Kind[]; apply: (d: Draft) => void }>): Mutation[] {
  return Object.entries(entries).map(([what, e]) =>
    typeof e === 'function' ? { id: `${f}/${what}`, family: f, apply: e } : { id: `${f}/${what}`, family: f, kinds: e.kinds, apply: e.apply },
  );
}
