import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, loadDocuments, MAX_DEPTH } from '../../lib/yaml';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');

const one = (text: string) => {
  const docs = loadDocuments(text, 'x.yaml');
  expect(docs).toHaveLength(1);
  return docs[0];
};

describe('document splitting', () => {
  it('splits on --- lines, with a trailing space, a comment, and no final newline', () => {
    const docs = loadDocuments('---\na: 1\n--- \nb: 2\n--- # third\nc: 3', 'x.yaml');
    expect(docs.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
    expect(docs.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(docs.map((d) => d.start.line)).toEqual([2, 4, 6]);
  });

  it('skips documents that hold only comments or blank lines', () => {
    const docs = loadDocuments('# header\n---\n\n# nothing\n---\nkind: Job\n---\n', 'x.yaml');
    expect(docs.map((d) => d.value)).toEqual([{ kind: 'Job' }]);
  });

  it('refuses a piece that holds a directive and no document, as kubectl does', () => {
    // oracle 1.36: error parsing <stdin>: yaml: line 1: did not find expected <document start>
    // (kubectl cuts the stream at --- lines, so `%YAML 1.1` is a piece of its own)
    const docs = loadDocuments('%YAML 1.1\n---\nkind: Job\n', 'x.yaml');
    expect(docs.map((d) => d.error?.message)).toEqual(['did not find expected <document start>', undefined]);
    expect(docs[0].error).toMatchObject({ line: 1, column: 1 });
    expect(docs[1].value).toEqual({ kind: 'Job' });
    expect(loadDocuments('a: 1\n---\n# c\n%TAG ! tag:x,2000:\n', 'x.yaml')[1].error).toEqual({ message: 'did not find expected <document start>', line: 4, column: 1 });
  });

  it('ignores what follows a ... line until the next ---', () => {
    const docs = loadDocuments('a: 1\n...\nnot: [yaml\n---\nb: 2\n', 'x.yaml');
    expect(docs.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('reports a --- line followed by content, as kubectl does, and reads the next documents', () => {
    const docs = loadDocuments('a: 1\n--- |\n  text\n---\nb: 2\n', 'x.yaml');
    expect(docs[1].error).toEqual({ message: 'invalid YAML document separator: "|"', line: 2, column: 4 });
    expect(docs[2].value).toEqual({ b: 2 });
  });

  it('keeps a broken document from hiding the next one', () => {
    const docs = loadDocuments('a: [1\n---\nb: 2\n', 'x.yaml');
    expect(docs[0].error).toBeDefined();
    expect(docs[1].value).toEqual({ b: 2 });
  });
});

describe('scalars as go-yaml v2 (kubectl) reads them', () => {
  it('reads YAML 1.1 booleans, leading-zero octals and underscores like go-yaml', () => {
    const v = one('a: yes\nb: Off\nc: y\nd: 0644\ne: 0o17\nf: 1_000\ng: 0x1F\nh: 08\ni: 1e3\nj: -0644\n').value;
    expect(v).toEqual({ a: true, b: false, c: true, d: 420, e: 15, f: 1000, g: 31, h: 8, i: 1000, j: -420 });
  });

  it('keeps quoted scalars, timestamps and sexagesimal-looking values as strings', () => {
    const v = one('a: "yes"\nb: \'0644\'\nc: 2024-01-02T03:04:05Z\nd: 12:30\ne: 1.0.0\n').value;
    expect(v).toEqual({ a: 'yes', b: '0644', c: '2024-01-02T03:04:05Z', d: '12:30', e: '1.0.0' });
  });

  it('stringifies boolean keys as sigs.k8s.io/yaml does', () => {
    expect(one('on: push\nn: 0\n').value).toEqual({ true: 'push', false: 0 });
  });

  it('ignores unknown tags and applies merge keys', () => {
    expect(one('a: !Ref foo\nb: !!binary aGk=\nbase: &b {x: 1}\nm:\n  <<: *b\n  z: 2\n').value).toEqual({
      a: 'foo',
      b: 'hi',
      base: { x: 1 },
      m: { x: 1, z: 2 },
    });
  });

  it('reports .inf, which has no JSON form', () => {
    expect(one('a: .inf\n').error?.message).toMatch(/no JSON form/);
  });
});

describe('broken and hostile documents', () => {
  it('keeps the last of duplicate keys, as kubectl does, and warns with the key and both lines', () => {
    const doc = one('a: 1\nb:\n  c: 1\n  c: 2\n');
    expect(doc.error).toBeUndefined();
    expect(doc.value).toEqual({ a: 1, b: { c: 2 } });
    expect(doc.warnings).toEqual([{ message: 'duplicated mapping key "c": kubectl keeps this one and drops the value at line 3', line: 4, column: 3 }]);
    expect(doc.positionOf('b.c')).toEqual({ line: 4, column: 3 });
  });

  it('has no warnings for a clean document', () => {
    expect(one('a: 1\nb: {c: 1}\n').warnings).toEqual([]);
  });

  it('reports a tab in indentation, an unclosed quote and a missing colon with positions', () => {
    expect(one('a:\n\tb: 1\n').error).toMatchObject({ message: expect.stringMatching(/tab/), line: 2 });
    expect(one('a: "open\n').error).toMatchObject({ message: expect.stringMatching(/double quoted/), line: 2 });
    expect(one('kindL Job\nmetadata: {}\n').error).toMatchObject({ line: 2 });
  });

  it('reports an alias bomb instead of expanding it', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let prev = 'a';
    for (const n of 'bcdefghi') {
      text += `${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
      prev = n;
    }
    expect(one(text).error?.message).toBe('document contains excessive aliasing');
  });

  it('accepts ordinary anchors and aliases', () => {
    expect(one('x: &env [{name: A, value: "1"}]\nz: *env\n').value).toEqual({ x: [{ name: 'A', value: '1' }], z: [{ name: 'A', value: '1' }] });
  });

  it('reports an anchor that contains itself', () => {
    expect(one('a: &a {b: *a}\n').error?.message).toBe('anchor value contains itself');
  });

  it('reports nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = one(`a: ${'['.repeat(MAX_DEPTH * 5)}${']'.repeat(MAX_DEPTH * 5)}\n`);
    expect(deep.error?.message).toMatch(/deeper than/);
  });
});

describe('positions', () => {
  const text = [
    '# a job', //                  1
    'apiVersion: batch/v1', //     2
    'kind: Job', //                3
    'metadata:', //                4
    '  name: pi', //               5
    '  labels:', //                6
    '    app.kubernetes.io/name: pi', // 7
    'spec:', //                    8
    '  template:', //              9
    '    spec:', //                10
    '      containers:', //        11
    '      - name: pi', //         12
    '        image: perl', //      13
    '      restartPolicy: Always', // 14
  ].join('\n');
  const doc = one(text);

  it('points at the key of a field, the item of a list, and a map key', () => {
    expect(doc.positionOf('spec.template.spec.restartPolicy')).toEqual({ line: 14, column: 7 });
    expect(doc.positionOf('spec.template.spec.containers[0]')).toEqual({ line: 12, column: 9 });
    expect(doc.positionOf('spec.template.spec.containers[0].image')).toEqual({ line: 13, column: 9 });
    expect(doc.positionOf('metadata.labels[app.kubernetes.io/name]')).toEqual({ line: 7, column: 5 });
  });

  it('points a missing field at its nearest parent, and the document path at its first node', () => {
    expect(doc.positionOf('spec.template.spec.activeDeadlineSeconds')).toEqual({ line: 10, column: 5 });
    expect(doc.positionOf('spec.completions')).toEqual({ line: 8, column: 1 });
    expect(doc.positionOf('')).toEqual({ line: 2, column: 1 });
    expect(doc.start).toEqual({ line: 2, column: 1 });
  });

  it('counts lines from the start of the file in later documents', () => {
    const docs = loadDocuments('a: 1\n---\nkind: Job\nspec:\n  x: 1\n', 'x.yaml');
    expect(docs[1].positionOf('spec.x')).toEqual({ line: 5, column: 3 });
  });

  it('finds fields that come from a merge key in the anchored map', () => {
    const d = one('base: &b\n  image: perl\nc:\n  <<: *b\n  name: x\n');
    expect(d.positionOf('c.image')).toEqual({ line: 2, column: 3 });
  });

  it('reads the multi-line flow scalar that the yaml package refuses, keeping positions before its error', () => {
    const file = 'user-kaborda-irina__job-db-multiline-flow-scalar.yaml';
    const d = loadDocuments(readFileSync(join(CORPUS, file), 'utf8'), file);
    expect(d).toHaveLength(1);
    expect(d[0].error).toBeUndefined();
    expect(d[0].kind).toBe('Job');
    expect(d[0].positionOf('metadata.name').line).toBeGreaterThan(1);
    expect(() => d[0].positionOf('spec.template.spec.containers[0].args[5]')).not.toThrow();
  });
});

describe('decodeText', () => {
  it('drops a UTF-8 BOM and reads UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.from('\ufeffa: 1', 'utf8'))).toEqual({ text: 'a: 1' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1', 'utf16le')]))).toEqual({ text: 'a: 1' });
  });

  it('reports invalid UTF-8 with the position of the first bad byte', () => {
    expect(decodeText(Buffer.from([0x61, 0x3a, 0x0a, 0x62, 0xff]))).toEqual({
      error: { message: 'invalid UTF-8 (byte 0xff at offset 4)', line: 2, column: 2 },
    });
  });
});
