import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance, closestMatch, didYouMean } from '../../lib/config/did-you-mean';

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

describe('boundedDistance', () => {
  it('is the Levenshtein distance when it is within the bound, and bound + 1 otherwise', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const exact = levenshtein(a, b);
        expect(boundedDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
    );
  });
});

describe('closestMatch', () => {
  const ids = ['job-ttl-after-finished', 'job-active-deadline', 'job-restart-policy'];

  it('suggests the closest id within a quarter of the length', () => {
    expect(closestMatch('job-restart-polcy', ids)).toBe('job-restart-policy');
    expect(closestMatch('JOB-ACTIVE-DEADLINE', ids)).toBe('job-active-deadline');
    expect(closestMatch('something-else', ids)).toBeUndefined();
    expect(didYouMean('job-ttl-after-finishd', ids)).toBe('did you mean "job-ttl-after-finished"?');
    expect(didYouMean('', ids)).toBe('');
  });

  it('gives no suggestion, without work, for an input longer than 128 characters', () => {
    expect(closestMatch(`job-restart-policy${'x'.repeat(10 * 1024 * 1024)}`, ids)).toBeUndefined();
    expect(closestMatch('a'.repeat(129), ['a'.repeat(128)])).toBeUndefined();
    expect(closestMatch('a'.repeat(128), ['a'.repeat(127)])).toBe('a'.repeat(127));
  });
});
