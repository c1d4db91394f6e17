/**
 * One document's slice of a YAML stream, cut the way kubectl cuts it
 * (`k8s.io/apimachinery/pkg/util/yaml.YAMLReader`): a line that starts with `---` ends the
 * previous document. Both parsers (js-yaml for values, `yaml` for positions) see exactly this
 * text, so their document boundaries cannot disagree.
 */
export interface DocumentSource {
  /** The document's text, without its `---` line. */
  readonly text: string;
  /** 0-based line of `text`'s first line in the whole stream. */
  readonly lineOffset: number;
  /**
   * Set when kubectl refuses the piece before reading it as a document: the `---` line that opened
   * it carries content other than a comment ("invalid Yaml document separator"), or it holds a
   * directive and no document (go-yaml: "did not find expected <document start>").
   */
  readonly splitError?: { readonly message: string; readonly line: number; readonly column: number };
}

// A line starting with `---` (kubectl's rule, stricter than YAML's) or a `...` document end.
const MARKER = /^(?:---|\.\.\.(?=[ \t\r]|$))/gm;

/**
 * Splits a stream into documents. Documents with nothing but blank lines and comments are
 * dropped (kubectl skips them too); one with a directive (`%YAML 1.1`) and nothing else is an
 * error, as kubectl cuts the stream at `---` lines before go-yaml reads a piece. Content after a `...` line up to the next
 * `---` is ignored, as go-yaml reads only the first document of each piece. `firstLine` is the
 * 0-based line of the text's first line in a larger stream (see {@link splitStreamPieces}).
 */
export function* splitDocuments(stream: string, firstLine = 0): Generator<DocumentSource> {
  let start = 0; // offset of the current document's first line
  let startLine = firstLine;
  let ended = -1; // end offset of a `...` line inside the current document
  let splitError: DocumentSource['splitError'];
  let counted = 0; // newlines are counted up to this offset
  let line = firstLine; // 0-based line at `counted`
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(stream); m; m = MARKER.exec(stream)) {
    const pos = m.index;
    for (let i = stream.indexOf('\n', counted); i >= 0 && i < pos; i = stream.indexOf('\n', i + 1)) line++;
    counted = pos;
    let eol = stream.indexOf('\n', pos);
    if (eol < 0) eol = stream.length;
    if (m[0] === '---') {
      const piece = sourceOf(stream, start, ended >= 0 ? ended : pos, startLine, splitError);
      if (piece) yield piece;
      const rest = stream.slice(pos + 3, eol).trim();
      splitError =
        rest === '' || rest.startsWith('#')
          ? undefined
          : { message: `invalid YAML document separator: ${JSON.stringify(rest)}`, line: line + 1, column: 4 };
      start = eol + 1;
      startLine = line + 1;
      ended = -1;
    } else if (ended < 0) {
      ended = eol;
    }
    MARKER.lastIndex = eol;
  }
  const last = sourceOf(stream, start, ended >= 0 ? ended : stream.length, startLine, splitError);
  if (last) yield last;
}

function sourceOf(
  stream: string,
  start: number,
  end: number,
  lineOffset: number,
  splitError: DocumentSource['splitError'],
): DocumentSource | undefined {
  const text = start >= stream.length ? '' : stream.slice(start, Math.max(start, end));
  if (!splitError && isEmpty(text)) {
    const directive = DIRECTIVE_LINE.exec(text);
    if (!directive) return undefined;
    const line = lineOffset + lineCount(text.slice(0, directive.index));
    return { text, lineOffset, splitError: { message: 'did not find expected <document start>', line: line + 1, column: 1 } };
  }
  return { text, lineOffset, ...(splitError ? { splitError } : {}) };
}

const DIRECTIVE_LINE = /^%/m;

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// A line whose first non-blank character starts content (not a comment, not a directive).
const CONTENT_LINE = /^[ \t]*[^ \t\r\n#%]/m;

function isEmpty(text: string): boolean {
  return !CONTENT_LINE.test(text);
}

/**
 * One piece of a stream read in chunks: whole lines, cut only where a line starts with `---`,
 * with the 0-based line of its first line. See {@link streamPieces}.
 */
export interface StreamPiece {
  readonly text: string;
  readonly line: number;
}

/**
 * Cuts text arriving in chunks into {@link StreamPiece}s, each ending just before a line that
 * starts with `---` (the last one at the end of the stream), so that only one document's text is
 * held at a time. A `---` line always ends a document and nothing before it affects what follows,
 * so splitting each piece on its own ({@link splitStreamPieces}) gives exactly the documents of
 * {@link splitDocuments} on the whole text.
 */
export function* streamPieces(chunks: Iterable<string>): Generator<StreamPiece> {
  let pending = '';
  let line = 0;
  let scanFrom = 0; // where to look for the next "\n---" in `pending`
  for (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let cut = pending.indexOf('\n---', scanFrom); cut >= 0; cut = pending.indexOf('\n---', cut + 1)) {
      const text = pending.slice(start, cut + 1);
      yield { text, line };
      line += countNewlines(text);
      start = cut + 1;
    }
    pending = pending.slice(start);
    scanFrom = Math.max(0, pending.length - 3); // a "\n---" may straddle two chunks
  }
  if (pending !== '' || line === 0) yield { text: pending, line };
}

/** {@link splitDocuments} over the pieces of {@link streamPieces}: the same documents and positions. */
export function* splitStreamPieces(pieces: Iterable<StreamPiece>): Generator<DocumentSource> {
  for (const piece of pieces) yield* splitDocuments(piece.text, piece.line);
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
