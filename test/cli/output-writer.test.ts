import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputWriter } from '../../lib/cli/output-writer';

/** A stream that keeps every chunk written to it, as bytes. */
function collector(): { stream: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, chunks };
}

async function written(texts: readonly string[]): Promise<{ bytes: Buffer; writes: number }> {
  const { stream, chunks } = collector();
  const out = new OutputWriter(stream);
  for (const t of texts) out.write(t);
  await out.drained();
  return { bytes: Buffer.concat(chunks), writes: chunks.length };
}

describe('OutputWriter', () => {
  it('writes the UTF-8 of the texts joined, in a few large writes', async () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `file.yaml:${i}:1: warning: ünïcödé 日本 ${'x'.repeat(i % 50)}\n`);
    const { bytes, writes } = await written(texts);
    expect(bytes.equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
    expect(writes).toBeLessThan(10);
  });

  it('writes a text larger than its buffer whole, after what was pending', async () => {
    const texts = ['a\n', 'é'.repeat(300_000), '\nb\n'];
    expect((await written(texts)).bytes.equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
  });

  it('keeps a surrogate pair cut between two texts one character, and a lone one U+FFFD', async () => {
    const pair = '😀';
    const cut = ['x', pair[0], pair[1] + 'y', '\ud800'];
    expect((await written(cut)).bytes.equals(Buffer.from(cut.join(''), 'utf8'))).toBe(true);
    expect(Buffer.from(cut.join(''), 'utf8').toString('utf8')).toBe(`x${pair}y\ufffd`);
  });

  it('drops output quietly once the reader has gone (EPIPE)', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('broken pipe'), { code: 'EPIPE' }));
      },
    });
    const out = new OutputWriter(stream);
    out.write('x'.repeat(1 << 17));
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.closed).toBe(true);
    expect(out.failure).toBeUndefined();
    out.write('more');
    await out.drained();
  });
});
