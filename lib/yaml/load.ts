import { YAMLException } from 'js-yaml';
import { loadWithEvents, type EventTree } from './event-tree';
import { parseFieldPath } from '../manifest/field-path';
import { aliasProblem } from './alias-guard';
import { nonFiniteSeen } from './go-yaml-schema';
import { duplicateKeysIn } from './event-tree';
import { DocumentLocator, type PathStep, type SourcePosition } from './locate';
import { splitDocuments, splitStreamPieces, streamPieces, type DocumentSource } from './split';

/** Deepest nesting read; deeper documents are a `yaml-syntax` finding, not a stack overflow. */
export const MAX_DEPTH = 1000;

/**
 * Largest document parsed, in characters (64 Mi). The API server refuses a request body over
 * 3 MiB, so no real manifest comes near; a larger document is a `yaml-syntax` finding without
 * being parsed, as parsing and locating hundreds of megabytes could exhaust the heap.
 */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

/** Why a document could not be read, and where. */
export interface YamlSyntaxError extends SourcePosition {
  /** The parser's reason, e.g. `duplicated mapping key "spec"`. */
  readonly message: string;
}

/** Something kubectl reads without complaint but that is likely a mistake (a duplicate key), and where. */
export interface YamlWarning extends SourcePosition {
  readonly message: string;
}

/** One document of a YAML stream, parsed as kubectl would parse it. */
export interface YamlDocument {
  /** The file name given to {@link readDocuments}. */
  readonly fileName: string;
  /** 0-based index among the stream's non-empty documents. */
  readonly index: number;
  /** The parsed value (JSON-compatible); `undefined` when {@link error} is set. */
  readonly value: unknown;
  /** Set when the document is not valid YAML (or exceeds the alias or depth limits). */
  readonly error?: YamlSyntaxError;
  /** What kubectl accepts but drops: a key written twice in one mapping (the last one is kept). */
  readonly warnings: readonly YamlWarning[];
  /** `kind` of the document, when it is an object with a string `kind`. */
  readonly kind?: string;
  /** `metadata.name`, or `metadata.generateName` when there is no name. */
  readonly name?: string;
  /** Position of the document's first content. */
  readonly start: SourcePosition;
  /**
   * Where a field lives: a Kubernetes field path (`spec.template.spec.containers[0].image`) or
   * its steps. Computed on first use with the `yaml` package (positions are costly; clean
   * documents never pay for them).
   */
  positionOf(path: string | readonly PathStep[]): SourcePosition;
}

/**
 * Reads every document of a YAML (or JSON) stream, one at a time, so a caller can handle a large
 * stream without holding all of it parsed. Never throws on bad input: a document that cannot be
 * read comes back with `error`.
 */
export function readDocuments(text: string, fileName = '<input>'): Generator<YamlDocument> {
  return readDocumentSources(splitDocuments(text), fileName);
}

/**
 * {@link readDocuments} for a stream read in chunks (a large file): pass the chunks' text in
 * order; only one document's text is held at a time.
 */
export function readDocumentChunks(chunks: Iterable<string>, fileName = '<input>'): Generator<YamlDocument> {
  return readDocumentSources(splitStreamPieces(streamPieces(chunks)), fileName);
}

function* readDocumentSources(sources: Iterable<DocumentSource>, fileName: string): Generator<YamlDocument> {
  let index = 0;
  for (const source of sources) {
    if (source.splitError) {
      yield new LoadedDocument(fileName, index++, source.text, source.lineOffset, undefined, source.splitError);
      continue;
    }
    if (source.text.length > MAX_DOCUMENT_CHARS) {
      const error = { message: `document is larger than ${MAX_DOCUMENT_CHARS / 1024 / 1024} Mi characters, not parsed (the API server refuses requests over 3 MiB)`, ...startOf(source.text, source.lineOffset) };
      yield new LoadedDocument(fileName, index++, source.text, source.lineOffset, undefined, error);
      continue;
    }
    const parsed = parse(source.text, source.lineOffset);
    yield 'error' in parsed
      ? new LoadedDocument(fileName, index++, source.text, source.lineOffset, undefined, parsed.error)
      : new LoadedDocument(fileName, index++, source.text, source.lineOffset, parsed.value, undefined, parsed.warnings, parsed.events);
  }
}

/** A document with its position data computed only when asked for. */
class LoadedDocument implements YamlDocument {
  readonly kind?: string;
  readonly name?: string;
  private locator?: DocumentLocator;

  constructor(
    readonly fileName: string,
    readonly index: number,
    private readonly text: string,
    private readonly lineOffset: number,
    readonly value: unknown,
    readonly error: YamlSyntaxError | undefined,
    readonly warnings: readonly YamlWarning[] = [],
    private events?: EventTree,
  ) {
    if (!error && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const v = value as Record<string, unknown>;
      if (typeof v.kind === 'string') this.kind = v.kind;
      const meta = v.metadata as Record<string, unknown> | null | undefined;
      if (typeof meta === 'object' && meta !== null) {
        if (typeof meta.name === 'string') this.name = meta.name;
        else if (typeof meta.generateName === 'string') this.name = meta.generateName;
      }
    }
  }

  get start(): SourcePosition {
    return startOf(this.text, this.lineOffset);
  }

  positionOf(path: string | readonly PathStep[]): SourcePosition {
    if (!this.locator) {
      this.locator = new DocumentLocator(this.text, this.lineOffset, true, this.events);
      this.events = undefined; // the locator holds it now
    }
    return this.locator.positionOf(typeof path === 'string' ? parseFieldPath(path) : path);
  }
}

/** {@link readDocuments} into an array. */
export function loadDocuments(text: string, fileName = '<input>'): YamlDocument[] {
  return [...readDocuments(text, fileName)];
}


function parse(text: string, lineOffset: number): { value: unknown; warnings: YamlWarning[]; events?: EventTree } | { error: YamlSyntaxError } {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    // js-yaml stops at a NUL and misplaces it; go-yaml refuses any control character.
    return { error: { message: 'control characters are not allowed (a NUL byte)', ...new DocumentLocator(text, lineOffset).toPosition(nul) } };
  }
  nonFiniteSeen();
  let value: unknown;
  let events: EventTree | undefined;
  let warnings: YamlWarning[] = [];
  try {
    // One pass gives the value and the node positions that findings are located with.
    ({ value, tree: events } = loadWithEvents(text, MAX_DEPTH));
  } catch (e) {
    if (!isDuplicateKey(e)) return { error: syntaxErrorOf(e, text, lineOffset) };
    // kubectl's YAML-to-JSON (sigs.k8s.io/yaml over go-yaml v2) keeps the last of duplicate keys:
    // read it the same way and say what was dropped.
    nonFiniteSeen();
    try {
      ({ value, tree: events } = loadWithEvents(text, MAX_DEPTH, true));
    } catch (again) {
      return { error: syntaxErrorOf(again, text, lineOffset) };
    }
    warnings = duplicateKeyWarnings(events, text, lineOffset);
  }
  // Every alias is written with a `*`, wherever it stands (after a flow colon, as a key, in a
  // merge), and names an anchor (`&`) of the same document (js-yaml refuses any other): a text
  // without both cannot share or cycle, and any other text is walked in full.
  const problem = text.includes('*') && text.includes('&') ? aliasProblem(value) : undefined;
  if (problem) return { error: { message: problem, ...startOf(text, lineOffset) } };
  if (nonFiniteSeen()) {
    return { error: { message: 'a .inf or .nan number has no JSON form (kubectl: "json: unsupported value")', ...startOf(text, lineOffset) } };
  }
  return { value, events, warnings };
}

function isDuplicateKey(e: unknown): boolean {
  return e instanceof YAMLException && e.reason === 'duplicated mapping key';
}

function duplicateKeyWarnings(tree: EventTree | undefined, text: string, lineOffset: number): YamlWarning[] {
  if (!tree) return [];
  const locator = new DocumentLocator(text, lineOffset);
  return duplicateKeysIn(tree).map(({ key, first, last }) => {
    const earlier = locator.toPosition(first);
    const message = `duplicated mapping key ${JSON.stringify(key)}: kubectl keeps this one and drops the value at line ${earlier.line}`;
    return { message, ...locator.toPosition(last) };
  });
}

function syntaxErrorOf(e: unknown, text: string, lineOffset: number): YamlSyntaxError {
  if (e instanceof YAMLException) {
    const mark = (e as YAMLException & { mark?: { line: number; column: number; position: number } }).mark;
    const line = lineOffset + (mark?.line ?? 0) + 1;
    const column = (mark?.column ?? 0) + 1;
    let message = e.reason ?? e.message;
    if (/maxDepth/.test(message)) message = `document nesting is deeper than ${MAX_DEPTH} levels`;
    return { message, line, column };
  }
  if (e instanceof RangeError) {
    return { message: 'document nesting is too deep to parse', ...startOf(text, lineOffset) };
  }
  return { message: e instanceof Error ? e.message : String(e), ...startOf(text, lineOffset) };
}

/** Position of the first character that is not blank or a comment. */
function startOf(text: string, lineOffset: number): SourcePosition {
  const lead = /^(?:[ \t]*(?:#.*)?\r?\n)*([ \t]*)/.exec(text);
  const skipped = lead ? lead[0].length - lead[1].length : 0;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < skipped; i = text.indexOf('\n', i + 1)) lines++;
  return { line: lineOffset + lines + 1, column: (lead ? lead[1].length : 0) + 1 };
}
