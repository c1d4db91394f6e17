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
  let frontier: Array<{ value: unknown; path: PathSegment[] }> = [{ value: root, path: [] }];
  for (const step of steps) {
    const next: typeof frontier = [];
    for (const { value, path } of frontier) {
      const child = asObject(value)?.[step.key];
      if (!step.each) next.push({ value: child, path: [...path, step.key] });
      else (asArray(child) ?? []).forEach((item, index) => asObject(item) && next.push({ value: item, path: [...path, step.key, index] }));
    }
    frontier = next;
  }
  return frontier.filter((f) => f.value !== undefined && f.value !== null);
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
  const [step, ...rest] = steps;
  if (!step || !has(root, step.key)) return root;
  const child = root[step.key];
  if (rest.length === 0) {
    const next = rewrite(child);
    if (Object.is(next, child)) return root;
    if (next !== REMOVE) return { ...root, [step.key]: next };
    const { [step.key]: _removed, ...others } = root;
    return others;
  }
  if (!step.each) {
    const o = asObject(child);
    const next = o && rewriteAt(o, rest, rewrite);
    return next === o ? root : { ...root, [step.key]: next };
  }
  const list = asArray(child);
  if (!list) return root;
  let changed = false;
  const items = list.map((item) => {
    const o = asObject(item);
    const next = o ? rewriteAt(o, rest, rewrite) : item;
    if (next !== item) changed = true;
    return next;
  });
  return changed ? { ...root, [step.key]: items } : root;
}
