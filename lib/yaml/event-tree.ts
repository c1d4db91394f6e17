import { load } from 'js-yaml';
import { GO_YAML_SCHEMA } from './go-yaml-schema';

/** A node as js-yaml composed it: where it starts, and its children in document order. */
interface EventNode {
  readonly start: number;
  kind?: string | null;
  /** For a scalar: its value as a map key (`String(value)`, as js-yaml keys objects). */
  key?: string;
  /** True when the node's value is a collection but it has no children here (an alias). */
  opaque?: boolean;
  /** The composed collection (identity only: a wrapper node and the node inside share it). */
  value?: object;
  children: EventNode[];
}

/** The children of a node that has none (yet): shared, never added to (see loadWithEvents). */
const NO_CHILDREN: EventNode[] = Object.freeze([]) as unknown as EventNode[];

/** What {@link locateInEvents} found: an offset, or `undefined` when only the `yaml` package can tell. */
export type EventLookup = { readonly offset: number } | undefined;

/**
 * Re-reads one document with js-yaml's node listener and records where each node starts. This
 * is the parser whose values the rules saw, so keys match exactly (`on:` is the key "true" in
 * both), it reads everything go-yaml reads, and it is about ten times faster than the `yaml`
 * package. Aliases and merge keys are left to the `yaml` package (see {@link locateInEvents}).
 */
export function eventTreeOf(text: string, maxDepth: number): EventNode | undefined {
  try {
    // Tolerant of duplicate keys (the last one wins, as in kubectl): it only places findings.
    return loadWithEvents(text, maxDepth, true).tree;
  } catch {
    return undefined;
  }
}

/**
 * js-yaml's `load` with the Go schema that also records the {@link eventTreeOf} tree, in the
 * same pass: the linter reads every document once and needs positions for most of them (any
 * finding, warnings included). Throws what `load` throws; with `lastKeyWins` a duplicate key is
 * kept, the last one winning, as kubectl's YAML-to-JSON does (see {@link duplicateKeysIn}).
 */
export function loadWithEvents(text: string, maxDepth: number, lastKeyWins = false): { value: unknown; tree: EventNode | undefined } {
  const root: EventNode = { start: 0, kind: null, key: undefined, opaque: false, value: undefined, children: NO_CHILDREN };
  const stack: EventNode[] = [root];
  const value = load(text, {
    schema: GO_YAML_SCHEMA,
    maxDepth,
    // js-yaml's JSON.parse compatibility: a duplicate key overrides instead of throwing.
    json: lastKeyWins,
    listener(event: string, state: { position: number; kind: string | null; result: unknown }) {
      if (event === 'open') {
        // Every field from the start: one object shape for all nodes, whatever they turn out to be.
        // Most nodes are scalars: a node gets an array of its own with its first child.
        const node: EventNode = { start: state.position, kind: null, key: undefined, opaque: false, value: undefined, children: NO_CHILDREN };
        const parent = stack[stack.length - 1];
        if (parent.children === NO_CHILDREN) parent.children = [node];
        else parent.children.push(node);
        stack.push(node);
        return;
      }
      const node = stack.pop()!;
      node.kind = state.kind;
      if (state.kind === 'scalar') node.key = String(state.result);
      else if (typeof state.result === 'object' && state.result !== null) {
        node.value = state.result;
        if (node.children.length === 0) node.opaque = true;
      }
    },
  } as Parameters<typeof load>[1]);
  return { value, tree: unwrap(root.children[0]) };
}

/** A document's node tree, as {@link eventTreeOf} and {@link loadWithEvents} give it. */
export type EventTree = EventNode;

// js-yaml opens a node, then sometimes composes the real node inside it (block sequence items,
// explicit keys, flow collections on the next line): the inner node is the one with the structure.
function unwrap(node: EventNode | undefined): EventNode | undefined {
  let n = node;
  while (n && n.children.length === 1 && isWrapperOf(n, n.children[0])) n = n.children[0];
  return n;
}

function isWrapperOf(outer: EventNode, inner: EventNode): boolean {
  if (outer.kind !== inner.kind) return false;
  if (outer.value !== undefined || inner.value !== undefined) return outer.value === inner.value;
  return outer.key === inner.key;
}

/**
 * The offset of the key (map field), item (list index) or document for the deepest step of
 * `path` found, like the `yaml`-based lookup; `undefined` when the walk meets an alias or a merge
 * key it would have to resolve.
 */
export function locateInEvents(root: EventNode, path: readonly (string | number)[]): EventLookup {
  let node: EventNode | undefined = root;
  let best = root.start;
  for (const step of path) {
    node = unwrap(node);
    if (!node || node.opaque) return node?.opaque ? undefined : { offset: best };
    if (node.kind === 'mapping') {
      const pairs = node.children;
      if (pairs.length % 2 !== 0) return undefined;
      let found = -1;
      let merges = false;
      const key = String(step);
      for (let i = 0; i < pairs.length; i += 2) {
        const k = unwrap(pairs[i]);
        if (k?.key === key) found = i;
        if (k?.key === '<<') merges = true;
      }
      if (found < 0) return merges ? undefined : { offset: best };
      best = pairs[found].start;
      node = pairs[found + 1];
    } else if (node.kind === 'sequence' && typeof step === 'number') {
      const item = node.children[step];
      if (!item) return { offset: best };
      best = unwrap(item)?.start ?? item.start;
      node = item;
    } else {
      return { offset: best };
    }
  }
  return { offset: best };
}

/** A key written twice in one mapping: where the ignored earlier one and the kept later one start. */
export interface DuplicateKey {
  readonly key: string;
  readonly first: number;
  readonly last: number;
}

/** Every key that repeats within its mapping (one entry per later occurrence), in document order. */
export function duplicateKeysIn(root: EventNode): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const pending: EventNode[] = [root];
  while (pending.length > 0) {
    const node = unwrap(pending.pop());
    if (!node) continue;
    if (node.kind === 'mapping' && node.children.length % 2 === 0) {
      const seen = new Map<string, number>();
      for (let i = 0; i < node.children.length; i += 2) {
        const key = unwrap(node.children[i])?.key;
        if (key === undefined || key === '<<') continue;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, node.children[i].start);
        else out.push({ key, first, last: node.children[i].start });
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return out.sort((a, b) => a.last - b.last);
}
