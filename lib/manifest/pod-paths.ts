import { asArray, asObject, has } from './access';
import type { PathSegment } from './field-path';

/** One step of a pod-relative path: a key, and whether every item of the list under it is meant. */
export interface PodPathStep {
  readonly key: string;
  readonly each: boolean;
}

/** `volumes[].emptyDir.mode` as steps. */
export function parsePodPath(path: string): PodPathStep[] {
  return path.split('.').map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
}

/** Every place the steps reach with a value set (not absent, not `null`), as path segments from the root. */
export function setAt(root: unknown, steps: readonly PodPathStep[]): Array<{ path: PathSegment[]; value: unknown }> {
  return setAtAll(root, pathTrie([steps])).map(({ path, value }) => ({ path, value }));
}

/** Many paths merged on their common steps, so that one walk of a document serves them all. */
export interface PathTrie {
  /** Indexes (in the list given to {@link pathTrie}) of the paths that end here. */
  readonly ends: readonly number[];
  readonly next: ReadonlyArray<{ readonly step: PodPathStep; readonly trie: PathTrie }>;
}

/** The paths as one {@link PathTrie} (built once, at module load). */
export function pathTrie(paths: ReadonlyArray<readonly PodPathStep[]>): PathTrie {
  type Mutable = { ends: number[]; next: Array<{ step: PodPathStep; trie: Mutable }> };
  const root: Mutable = { ends: [], next: [] };
  paths.forEach((steps, index) => {
    let node = root;
    for (const step of steps) {
      let edge = node.next.find((e) => e.step.key === step.key && e.step.each === step.each);
      if (!edge) node.next.push((edge = { step, trie: { ends: [], next: [] } }));
      node = edge.trie;
    }
    node.ends.push(index);
  });
  return root;
}

/**
 * {@link setAt} of every path of the trie, in the order of the paths given to {@link pathTrie}
 * (each path's places in document order), with the index of the path: one walk for all.
 */
export function setAtAll(root: unknown, trie: PathTrie): Array<{ index: number; path: PathSegment[]; value: unknown }> {
  const out: Array<{ index: number; path: PathSegment[]; value: unknown }> = [];
  collectAll(root, trie, [], out);
  // Depth first visits the places of one path in document order; sort's stability keeps it.
  if (out.length > 1) out.sort((a, b) => a.index - b.index);
  return out;
}

/**
 * Depth first, in document order; `trail` is the path so far (pushed and popped, copied only
 * for a hit): the gated fields are checked on every document at ~40 paths, and almost none is set.
 */
function collectAll(value: unknown, trie: PathTrie, trail: PathSegment[], out: Array<{ index: number; path: PathSegment[]; value: unknown }>): void {
  if (value !== undefined && value !== null) for (let e = 0; e < trie.ends.length; e++) out.push({ index: trie.ends[e], path: trail.slice(), value });
  const o = asObject(value);
  if (!o) return;
  // Indexed, no destructuring: walked on most documents, many of them before V8 optimises it.
  for (let n = 0; n < trie.next.length; n++) {
    const { step, trie: below } = trie.next[n];
    const child = o[step.key];
    if (child === undefined) continue;
    trail.push(step.key);
    if (!step.each) collectAll(child, below, trail, out);
    else {
      const items = asArray(child);
      if (items) {
        for (let index = 0; index < items.length; index++) {
          const item = items[index];
          if (!asObject(item)) continue;
          trail.push(index);
          collectAll(item, below, trail, out);
          trail.pop();
        }
      }
    }
    trail.pop();
  }
}

/** What {@link rewriteAt}'s callback returns to remove the key. */
export const REMOVE: unique symbol = Symbol('remove');

/**
 * A copy of `root` with the value at the last key of the steps replaced by `rewrite(value)`
 * wherever the steps reach that key (removed for {@link REMOVE}; the same value changes
 * nothing). Only the objects and lists on a changed path are copied; `root` itself is never
 * modified, and is returned as is when nothing changes.
 */
export function rewriteAt(root: Record<string, unknown>, steps: readonly PodPathStep[], rewrite: (value: unknown) => unknown): Record<string, unknown> {
  return rewriteFrom(root, steps, 0, rewrite);
}

/** {@link rewriteAt} from `steps[i]` on (by index: the walk allocates only what it changes). */
function rewriteFrom(root: Record<string, unknown>, steps: readonly PodPathStep[], i: number, rewrite: (value: unknown) => unknown): Record<string, unknown> {
  const step = steps[i];
  if (!step || !has(root, step.key)) return root;
  const child = root[step.key];
  if (i === steps.length - 1) {
    const next = rewrite(child);
    if (Object.is(next, child)) return root;
    if (next !== REMOVE) return { ...root, [step.key]: next };
    const { [step.key]: _removed, ...others } = root;
    return others;
  }
  if (!step.each) {
    const o = asObject(child);
    const next = o && rewriteFrom(o, steps, i + 1, rewrite);
    return next === o ? root : { ...root, [step.key]: next };
  }
  const list = asArray(child);
  if (!list) return root;
  let items: unknown[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const o = asObject(item);
    const next = o ? rewriteFrom(o, steps, i + 1, rewrite) : item;
    if (next === item) continue;
    items ??= list.slice();
    items[index] = next;
  }
  return items ? { ...root, [step.key]: items } : root;
}
