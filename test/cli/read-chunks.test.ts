import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { streamableFile, textChunks } from '../../lib/cli/read-chunks';

const dir = mkdtempSync(join(tmpdir(), 'cdk8s-jobs-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MiB = 1 << 20;

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('streamableFile', () => {
  // Characters of 2, 3 and 4 bytes placed across the 1 MiB read boundary at every offset.
  const chars = ['é', '€', '🧀'];
  const cases = chars.flatMap((ch) => [0, 1, 2, 3].map((shift) => [ch, shift] as const));

  it.each(cases)('accepts %s cut by a read (shift %i) and reads it back whole', (ch, shift) => {
    const text = `${'a'.repeat(MiB - shift)}${ch}${'b'.repeat(10)}${ch}`;
    const path = file(`ok-${shift}-${ch.length}.yaml`, Buffer.from(text));
    expect(streamableFile(path)).toEqual({ path });
    expect([...textChunks({ path })].join('')).toBe(text);
  });

  it.each([
    ['a lone continuation byte at the boundary', Buffer.concat([Buffer.alloc(MiB, 'a'), Buffer.from([0x80]), Buffer.from('x')])],
    ['a lead byte cut by the end of the file', Buffer.concat([Buffer.alloc(10, 'a'), Buffer.from([0xe2, 0x82])])],
    ['a lead byte followed by ASCII across the boundary', Buffer.concat([Buffer.alloc(MiB - 1, 'a'), Buffer.from([0xe2]), Buffer.from('abc')])],
    ['an overlong encoding', Buffer.from([0x61, 0xc0, 0xaf])],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80])],
    ['UTF-16 with a BOM', Buffer.from([0xff, 0xfe, 0x61, 0x00])],
  ])('refuses %s (the whole-file path reports it)', (name, bytes) => {
    expect(streamableFile(file(name.replace(/\W/g, '-'), bytes))).toBeUndefined();
  });

  it('accepts an empty file', () => {
    const path = file('empty.yaml', Buffer.alloc(0));
    expect(streamableFile(path)).toEqual({ path });
  });
});

describe('textChunks', () => {
  it('drops a UTF-8 BOM at the start only, as the whole-file path does', () => {
    const text = `kind: Job\n${'a'.repeat(70_000)}\ufeff\n`;
    const path = file('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(streamableFile(path)).toEqual({ path });
    expect([...textChunks({ path })].join('')).toBe(text);
    // a BOM cut by the 64 KiB chunk boundary is a character of the text, kept
    const cut = `${'b'.repeat((1 << 16) - 1)}\ufeffc`;
    expect([...textChunks({ path: file('bom-later.yaml', Buffer.from(cut)) })].join('')).toBe(cut);
  });

  it('gives an empty file as no text', () => {
    expect([...textChunks({ path: file('empty-chunks.yaml', Buffer.alloc(0)) })].join('')).toBe('');
  });
});
