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
   * Set when the `---` line that opened this document carries content other than a comment,
   * which kubectl refuses ("invalid Yaml document separator").
   */
  readonly separatorError?: { readonly message: string; readonly line: number; readonly column: number };
}

// A line starting with `---` (kubectl's rule, stricter than YAML's) or a `...` document end.
const MARKER = /^(?:---|\.\.\.(?=[ \t\r]|$))/gm;

/**
 * Splits a stream into documents. Documents with nothing but blank lines, comments or
 * directives are dropped (kubectl skips them too). Content after a `...` line up to the next
 * `---` is ignored, as go-yaml reads only the first document of each piece.
 */
export function* splitDocuments(stream: string): Generator<DocumentSource> {
  let start = 0; // offset of the current document's first line
  let startLine = 0;
  let ended = -1; // end offset of a `...` line inside the current document
  let separatorError: DocumentSource['separatorError'];
  let counted = 0; // newlines are counted up to this offset
  let line = 0; // 0-based line at `counted`
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(stream); m; m = MARKER.exec(stream)) {
    const pos = m.index;
    for (let i = stream.indexOf('\n', counted); i >= 0 && i < pos; i = stream.indexOf('\n', i + 1)) line++;
    counted = pos;
    let eol = stream.indexOf('\n', pos);
    if (eol < 0) eol = stream.length;
    if (m[0] === '---') {
      const piece = sourceOf(stream, start, ended >= 0 ? ended : pos, startLine, separatorError);
      if (piece) yield piece;
      const rest = stream.slice(pos + 3, eol).trim();
      separatorError =
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
  const last = sourceOf(stream, start, ended >= 0 ? ended : stream.length, startLine, separatorError);
  if (last) yield last;
}

function sourceOf(
  stream: string,
  start: number,
  end: number,
  lineOffset: number,
  separatorError: DocumentSource['separatorError'],
): DocumentSource | undefined {
  const text = start >= stream.length ? '' : stream.slice(start, Math.max(start, end));
  if (!separatorError && isEmpty(text)) return undefined;
  return { text, lineOffset, ...(separatorError ? { separatorError } : {}) };
}

// A line whose first non-blank character starts content (not a comment, not a directive).
const CONTENT_LINE = /^[ \t]*[^ \t\r\n#%]/m;

function isEmpty(text: string): boolean {
  return !CONTENT_LINE.test(text);
}
