import { describe, expect, it } from 'vitest';
import { FileSpool } from '../../lib/cli/file-spool';
import { MemorySpool, type ReportSpool } from '../../lib/report/spool';

// Pieces that cross the spool's 1 MiB blocks, with characters of two, three and four UTF-8 bytes.
const PIECES = Array.from({ length: 40 }, (_, i) => `${i}:${'é€🧀x'.repeat(1 + ((i * 7919) % 20_000))}\n`);

function fill(spool: ReportSpool): number[] {
  const marks = [spool.size];
  for (const piece of PIECES) {
    spool.append(piece);
    marks.push(spool.size);
  }
  return marks;
}

describe.each([
  ['FileSpool', () => FileSpool.create()],
  ['MemorySpool', () => new MemorySpool()],
])('%s', (_, make) => {
  it('replays everything appended, in order, byte for byte', () => {
    const spool = make();
    fill(spool);
    expect([...spool.replay()].join('')).toBe(PIECES.join(''));
    spool.close();
  });

  it('replays the text between any two marks', () => {
    const spool = make();
    const marks = fill(spool);
    for (const [from, to] of [[0, 1], [3, 17], [17, 18], [5, 40], [39, 40], [12, 12]]) {
      expect([...spool.replay(marks[from], marks[to])].join('')).toBe(PIECES.slice(from, to).join(''));
    }
    spool.close();
  });

  it('can be appended to after a replay', () => {
    const spool = make();
    spool.append('a');
    expect([...spool.replay()].join('')).toBe('a');
    spool.append('bc');
    expect([...spool.replay()].join('')).toBe('abc');
    spool.close();
  });
});

describe('FileSpool', () => {
  it('is a file, not memory, when a temporary directory is writable', () => {
    const spool = FileSpool.create();
    expect(spool).toBeInstanceOf(FileSpool);
    spool.close();
  });
});
