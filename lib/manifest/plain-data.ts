import { aliasProblem } from '../yaml/alias-guard';
import { toFieldPath } from './field-path';

/** Deepest nesting of a manifest value, as for YAML documents (a Job nests about 15 levels). */
export const MAX_VALUE_DEPTH = 1000;
/** Most values (object entries and list items) copied from one manifest. */
export const MAX_VALUE_NODES = 10_000_000;

/** Why a value given to the library cannot be checked, and where in it. */
export interface PlainDataProblem {
  /** Kubernetes field path of the offending part (`''` for the value itself). */
  readonly path: string;
  /** One sentence, e.g. `the value contains itself (a cycle)`. */
  readonly reason: string;
}

/**
 * A copy of a caller's value as plain JSON-shaped data, read once, so the schema and the rules
 * never meet what only JavaScript can build: a cycle, nesting past {@link MAX_VALUE_DEPTH} (the
 * validators recurse), a getter or proxy trap that throws (or answers differently each time),
 * or shared sub-objects that expand exponentially. Own enumerable string keys are copied, as
 * JSON would; leaves (strings, numbers, booleans, null, undefined, anything else) are kept as
 * they are. The walk is iterative, so depth costs no stack.
 */
export function toPlainData(value: unknown): { readonly value: unknown } | { readonly problem: PlainDataProblem } {
  if (typeof value !== 'object' || value === null) return { value };
  // One frame per object or list copied, kept after it is done: `copies` maps each source to its
  // frame, which answers both "on the current path?" (a cycle: not done) and "copied already?"
  // (shared) with one lookup. A list is walked by index (`keys` undefined).
  type Frame = { readonly source: object; readonly target: Record<string, unknown> | unknown[]; readonly keys: readonly string[] | undefined; readonly length: number; next: number; done: boolean };
  const path: Array<string | number> = [];
  const copies = new Map<object, Frame>();
  let shared = false;
  let nodes = 0;
  const problem = (reason: string) => ({ problem: { path: toFieldPath(path), reason } });

  const open = (source: object): Frame | string => {
    try {
      if (Array.isArray(source)) {
        const length = source.length;
        if ((nodes += length) > MAX_VALUE_NODES) return `more than ${MAX_VALUE_NODES.toLocaleString('en-US')} values`;
        return { source, target: [], keys: undefined, length, next: 0, done: false };
      }
      const keys = Object.keys(source);
      if ((nodes += keys.length) > MAX_VALUE_NODES) return `more than ${MAX_VALUE_NODES.toLocaleString('en-US')} values`;
      return { source, target: {}, keys, length: keys.length, next: 0, done: false };
    } catch (e) {
      return `reading it failed: ${messageOf(e)}`;
    }
  };

  const root = open(value);
  if (typeof root === 'string') return problem(root);
  const stack: Frame[] = [root];
  copies.set(value, root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next >= top.length) {
      top.done = true;
      stack.pop();
      path.pop();
      continue;
    }
    // A list's items are stored in order, so its copy stays a packed array.
    const k = top.keys === undefined ? top.next : top.keys[top.next];
    top.next++;
    let child: unknown;
    try {
      child = (top.source as Record<string | number, unknown>)[k];
    } catch (e) {
      path.push(k);
      return problem(`reading it failed: ${messageOf(e)}`);
    }
    if (typeof child !== 'object' || child === null) {
      put(top.target, k, child);
      continue;
    }
    path.push(k);
    const seen = copies.get(child);
    if (seen !== undefined) {
      if (!seen.done) return problem('the value contains itself (a cycle)');
      shared = true;
      put(top.target, k, seen.target);
      path.pop();
      continue;
    }
    if (stack.length >= MAX_VALUE_DEPTH) return problem(`nesting is deeper than ${MAX_VALUE_DEPTH} levels`);
    const frame = open(child);
    if (typeof frame === 'string') return problem(frame);
    put(top.target, k, frame.target);
    copies.set(child, frame);
    stack.push(frame);
  }
  // Shared sub-objects are fine in moderation; a "billion laughs" built in code is refused as in YAML.
  const aliasing = shared ? aliasProblem(root.target) : undefined;
  if (aliasing) return { problem: { path: '', reason: `the value shares sub-objects too much (${aliasing})` } };
  return { value: root.target };
}

/**
 * Stores one copied member. An own `__proto__` key (from `JSON.parse`) stays a key, as in YAML and
 * for the API server (an unknown field): assigned, it would set the copy's prototype instead.
 */
function put(target: Record<string, unknown> | unknown[], k: string | number, value: unknown): void {
  if (k === '__proto__') Object.defineProperty(target, k, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string | number, unknown>)[k] = value;
}

function messageOf(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'an unprintable exception';
  }
}
