import type { Document, Node } from 'yaml';
import { eventTreeOf, locateInEvents, type EventTree } from './event-tree';

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/** The `yaml` package, loaded on first use: runs whose documents are all clean never load it. */
function yamlPackage(): YamlModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (yamlModule ??= require('yaml') as YamlModule);
}

/** A place in a file: 1-based line and column (columns count UTF-16 code units). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Documents larger than this are not parsed a second time for positions: the `yaml` package
 * needs seconds and gigabytes on tens of megabytes, and the API server refuses requests over
 * 3 MiB anyway. Their findings point at the document's first line.
 */
export const MAX_LOCATED_DOCUMENT_CHARS = 3 * 1024 * 1024;

// Same limit as the loader's (a document deeper than that never reaches the locator).
const EVENT_MAX_DEPTH = 1000;

/** One step of a path into a document: a map key or a list index. */
export type PathStep = string | number;

/**
 * Finds where a path lives in one document's text, with the `yaml` package's source ranges.
 * Parsing with positions is about ten times slower than js-yaml, so it happens only when asked,
 * once per document. Kept small: the document text and the parsed tree, nothing else.
 */
export class DocumentLocator {
  private doc?: Document.Parsed;
  private trustedUntil = Infinity;
  private lineStarts?: number[];
  private events?: ReturnType<typeof eventTreeOf> | null;

  /**
   * @param text one document's text
   * @param lineOffset 0-based line of the text's first line in its file
   * @param useEvents use js-yaml's node positions where they suffice (tests turn it off to compare)
   * @param events those positions, when the caller already has them (read with the value)
   */
  constructor(
    private readonly text: string,
    private readonly lineOffset: number,
    private readonly useEvents = true,
    events?: EventTree,
  ) {
    if (events && text.length <= MAX_LOCATED_DOCUMENT_CHARS) this.events = events;
  }

  /**
   * The position of the key (for a map field), the item (for a list index) or the document's
   * first node, for the deepest step of `path` that exists. A missing field gives the key of its
   * nearest existing parent. Where the `yaml` package cannot read the text (it refuses a few
   * things go-yaml accepts), positions after its first error fall back to the last step before it.
   */
  positionOf(path: readonly PathStep[]): SourcePosition {
    // First the fast way: js-yaml's own node positions. The `yaml` package only for aliases and merge keys.
    if (!this.useEvents) return this.positionFromYamlPackage(path);
    if (this.events === undefined) {
      this.events = this.text.length > MAX_LOCATED_DOCUMENT_CHARS ? null : (eventTreeOf(this.text, EVENT_MAX_DEPTH) ?? null);
    }
    const fast = this.events ? locateInEvents(this.events, path) : undefined;
    if (fast) return this.toPosition(fast.offset);
    return this.positionFromYamlPackage(path);
  }

  private positionFromYamlPackage(path: readonly PathStep[]): SourcePosition {
    const doc = this.parsed();
    let best = this.firstContentOffset(doc);
    let node: unknown = doc?.contents ?? undefined;
    const { isMap, isSeq } = yamlPackage();
    for (const step of path) {
      node = resolveAlias(node, doc);
      let at: number | undefined;
      if (isMap(node)) {
        const pair = findPair(node, String(step), doc, 0);
        if (!pair) break;
        at = rangeStart(pair.key) ?? rangeStart(pair.value);
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step];
        at = rangeStart(node);
      } else {
        break;
      }
      if (at === undefined || at >= this.trustedUntil) break;
      best = at;
    }
    return this.toPosition(best);
  }

  /** Position of an offset into this document's text. */
  toPosition(offset: number): SourcePosition {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.lineOffset + lo + 1, column: offset - starts[lo] + 1 };
  }

  private parsed(): Document.Parsed | undefined {
    if (this.doc) return this.doc;
    if (this.text.length > MAX_LOCATED_DOCUMENT_CHARS) {
      this.trustedUntil = 0;
      return undefined;
    }
    try {
      this.doc = yamlPackage().parseDocument(this.text, { version: '1.1', uniqueKeys: false, keepSourceTokens: false, strict: false });
      const first = this.doc.errors[0];
      if (first) this.trustedUntil = first.pos[0];
    } catch {
      // Too deep for its recursion, or anything else: positions fall back to the document start.
      this.trustedUntil = 0;
    }
    return this.doc;
  }

  private firstContentOffset(doc: Document.Parsed | undefined): number {
    const start = rangeStart(doc?.contents);
    if (start !== undefined && start < this.trustedUntil) return start;
    const m = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*/.exec(this.text);
    return m ? m[0].length : 0;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function resolveAlias(node: unknown, doc: Document.Parsed | undefined): unknown {
  const { isAlias } = yamlPackage();
  let n = node;
  for (let hops = 0; isAlias(n) && doc && hops < 100; hops++) n = n.resolve(doc);
  return n;
}

function keyText(key: unknown): string | undefined {
  if (yamlPackage().isScalar(key)) return key.value === null ? undefined : String(key.value);
  return undefined;
}

/** The (last) pair for `key`, looking through `<<` merge keys the way go-yaml merges them. */
function findPair(map: unknown, key: string, doc: Document.Parsed | undefined, depth: number): ReturnType<typeof asPair> {
  const { isMap, isPair, isScalar, isSeq } = yamlPackage();
  if (!isMap(map) || depth > 20) return undefined;
  let merges: unknown[] = [];
  let last: unknown;
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const k = keyText(item.key);
    // The last of duplicate keys is the one kubectl keeps (and the loader reads).
    if (k === key || (isScalar(item.key) && item.key.source === key)) last = item;
    if (k === '<<' || (isScalar(item.key) && item.key.source === '<<')) merges = merges.concat(item.value);
  }
  if (last !== undefined) return asPair(last);
  for (const m of merges) {
    const target = resolveAlias(m, doc);
    const sources = isSeq(target) ? target.items.map((i) => resolveAlias(i, doc)) : [target];
    for (const s of sources) {
      const found = findPair(s, key, doc, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function asPair(item: unknown): { key: unknown; value: unknown } | undefined {
  return yamlPackage().isPair(item) ? { key: item.key, value: item.value } : undefined;
}
