import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocumentChunks, readDocuments } from '../../lib/yaml';
import { splitDocuments, splitStreamPieces, streamPieces } from '../../lib/yaml/split';

/** The text cut into chunks at the given offsets. */
function chunked(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}

// Lines that exercise the splitter: separators with and without content, `...` ends, comments, CR, CRLF.
const LINE = fc.constantFrom('---', '--- # c', '--- x', '---x', '...', '... # end', 'a: 1', 'b: "--- no"', '# ---', '', ' ---', '%YAML 1.2', 'k: v\r', '-- -', '\r---', 'kind: Job');
const STREAM = fc.tuple(fc.array(LINE, { maxLength: 30 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

describe('splitting a stream read in chunks', () => {
  it('gives the same documents, texts and positions as splitting the whole text, however it is chunked', () => {
    fc.assert(
      fc.property(STREAM, fc.array(fc.nat(2000), { maxLength: 8 }), fc.boolean(), (text, cuts, trailingNewline) => {
        const stream = trailingNewline ? `${text}\n` : text;
        expect([...splitStreamPieces(streamPieces(chunked(stream, cuts)))]).toEqual([...splitDocuments(stream)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('holds one document at a time: each piece ends before a line that starts with ---', () => {
    const stream = Array.from({ length: 50 }, (_, i) => `a: ${i}\n`).join('---\n');
    const pieces = [...streamPieces(chunked(stream, [7, 100, 101, 102, 333]))];
    expect(pieces).toHaveLength(50);
    expect(pieces.map((p) => p.line)).toEqual(Array.from({ length: 50 }, (_, i) => (i === 0 ? 0 : 2 * i - 1)));
  });

  it('parses to the same documents, with the same errors and source positions', () => {
    const stream = 'a: 1\n---\nb: [\n--- junk\nc: 3\n---\nkind: Job\nmetadata: {name: x}\nspec: {a: 1, a: 2}\n';
    const strip = (d: ReturnType<typeof readDocuments> extends Iterable<infer D> ? D : never) => ({
      index: d.index,
      value: d.value,
      error: d.error,
      kind: d.kind,
      name: d.name,
      start: d.start,
      at: d.error ? undefined : d.positionOf([]),
    });
    expect([...readDocumentChunks(chunked(stream, [3, 10, 20, 21, 40]), 'f.yaml')].map(strip)).toEqual([...readDocuments(stream, 'f.yaml')].map(strip));
  });

  it('reads an empty stream as no documents', () => {
    expect([...readDocumentChunks([])]).toEqual([]);
    expect([...readDocumentChunks(['', '\n', '# only a comment\n'])]).toEqual([]);
  });
});
