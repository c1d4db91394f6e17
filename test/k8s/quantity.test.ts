/**
 * `parseQuantity` against apimachinery itself: `fixtures/quantity-golden.jsonl` holds what
 * `Quantity.UnmarshalJSON` (k8s.io/apimachinery v0.36.3) says of ~4,000 strings (hand-picked edge
 * cases plus random strings over the quantity alphabet), made by `fixtures/quantity-golden-src`
 * (`node gen.mjs | go run .`). Plus properties: never throws, linear time, exact comparisons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareQuantities,
  isWholeQuantity,
  parseAnyForm,
  parseQuantity,
  quantityError,
  quantityMilliValue,
  QUANTITY_ERROR_MESSAGES,
  type Quantity,
} from '../../lib/k8s/quantity';

interface Golden {
  in: string;
  err?: string;
  string?: string;
  sign: number;
  milli: number;
  format?: string;
  cmp1k: number;
}

const goldens: Golden[] = readFileSync(join(__dirname, 'fixtures/quantity-golden.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.length > 0)
  .map((l) => JSON.parse(l) as Golden);

function q(s: string | number): Quantity {
  const r = parseQuantity(s);
  if (!r.ok) throw new Error(`${s} does not parse: ${r.error}`);
  return r.quantity;
}

const ONE_K = q('1k');

describe('parseQuantity matches apimachinery', () => {
  it('has a golden file of some size', () => {
    expect(goldens.length).toBeGreaterThan(3000);
    expect(goldens.filter((g) => g.err).length).toBeGreaterThan(500);
    expect(goldens.filter((g) => !g.err).length).toBeGreaterThan(500);
  });

  it('accepts and refuses the same strings with the same error', () => {
    const wrong: string[] = [];
    for (const g of goldens) {
      const r = parseQuantity(g.in);
      const got = r.ok ? 'ok' : QUANTITY_ERROR_MESSAGES[r.error];
      if (got !== (g.err ?? 'ok')) wrong.push(`${JSON.stringify(g.in)}: want ${g.err ?? 'ok'}, got ${got}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('prints, signs, formats and compares every accepted string as String(), Sign(), Format and Cmp do', () => {
    const wrong: string[] = [];
    for (const g of goldens) {
      if (g.err) continue;
      const got = q(g.in);
      const mine = { string: got.text, sign: got.sign, format: got.format, cmp1k: compareQuantities(got, ONE_K) };
      const theirs = { string: g.string, sign: g.sign, format: g.format, cmp1k: g.cmp1k };
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) wrong.push(`${JSON.stringify(g.in)}: ${JSON.stringify(mine)} != ${JSON.stringify(theirs)}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('gives MilliValue() for every accepted non-negative string within int64 range', () => {
    const wrong: string[] = [];
    for (const g of goldens) {
      if (g.err || g.sign < 0) continue;
      const milli = quantityMilliValue(q(g.in));
      if (milli > 2n ** 53n || milli < -(2n ** 53n)) continue; // JSON numbers lose precision here
      if (Number(milli) !== g.milli) wrong.push(`${JSON.stringify(g.in)}: ${milli} != ${g.milli}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});

describe('parseQuantity', () => {
  it.each([
    ['1e3', '1k'],
    ['0.5', '500m'],
    ['1Ki', '1024'],
    ['1.5Gi', '1536Mi'],
    ['1e-10', '1n'],
  ])('compares %s equal to %s', (a, b) => {
    expect(compareQuantities(q(a), q(b))).toBe(0);
  });

  it('orders by value, not by text', () => {
    expect(compareQuantities(q('999m'), q('1'))).toBe(-1);
    expect(compareQuantities(q('1Gi'), q('1G'))).toBe(1);
    expect(compareQuantities(q('-2'), q('-1'))).toBe(-1);
    expect(compareQuantities(q('1e2000000000'), q('1E'))).toBe(1);
  });

  it('prints the canonical form the API server shows in messages', () => {
    expect(q('1.5').text).toBe('1500m');
    expect(q('1024Ki').text).toBe('1Mi');
    expect(q('100m').text).toBe('100m');
    expect(q('0.1n').text).toBe('1n');
  });

  it('reads JSON numbers from their decimal text', () => {
    expect(q(0.5).text).toBe('500m');
    expect(q(2).text).toBe('2');
    expect(parseQuantity(Number.NaN).ok).toBe(false);
  });

  it('tells whole numbers (extended resources must be integers)', () => {
    expect(isWholeQuantity(q('2'))).toBe(true);
    expect(isWholeQuantity(q('2000m'))).toBe(true);
    expect(isWholeQuantity(q('1500m'))).toBe(false);
  });

  it('refuses malformed text with the parse error', () => {
    expect(parseQuantity('1K')).toEqual({ ok: false, error: 'suffix' });
    expect(parseQuantity('1 m')).toEqual({ ok: false, error: 'format' });
    expect(parseQuantity('')).toEqual({ ok: false, error: 'format' });
  });

  it('never throws and agrees with itself on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseQuantity(s);
        if (r.ok) {
          expect(compareQuantities(r.quantity, r.quantity)).toBe(0);
          expect(parseQuantity(r.quantity.text).ok).toBe(true);
        }
      }),
    );
  });

  it('round-trips its canonical text to an equal value', () => {
    const alphabet = fc.constantFrom(...'0123456789.+-eEinumkMGTP');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')), (s) => {
        const r = parseQuantity(s);
        if (!r.ok || /[eE][+-]?\d{4,}/.test(s)) return;
        const again = q(r.quantity.text);
        expect(compareQuantities(again, r.quantity)).toBe(0);
      }),
    );
  });

  it('is linear on long input', () => {
    const long = `${'9'.repeat(200_000)}.${'9'.repeat(200_000)}x`;
    expect(parseQuantity(long)).toEqual({ ok: false, error: 'format' });
    expect(parseQuantity('1'.repeat(100_000)).ok).toBe(true);
  });
});

describe('quantityError', () => {
  const verdict = (s: string | number) => {
    const r = parseQuantity(s);
    return r.ok ? undefined : r.error;
  };

  it("gives parseQuantity's verdict on every golden string", () => {
    const wrong = goldens.filter((g) => quantityError(g.in) !== verdict(g.in)).map((g) => JSON.stringify(g.in));
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("gives parseQuantity's verdict on any string over the quantity alphabet, and on numbers", () => {
    const alphabet = fc.constantFrom(...'0123456789.+- eEinumkKMGTPx');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 14 }).map((a) => a.join('')), (s) => {
      expect(quantityError(s)).toBe(verdict(s));
    }), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (s) => {
      expect(quantityError(s)).toBe(verdict(s));
    }));
    fc.assert(fc.property(fc.double(), (n) => {
      expect(quantityError(n)).toBe(verdict(n));
    }));
  });

  it('tells the three failures apart', () => {
    expect(quantityError('1K')).toBe('suffix');
    expect(quantityError('1 m')).toBe('format');
    expect(quantityError('-Pi')).toBe('numeric');
    expect(quantityError('-Gi')).toBeUndefined();
    expect(quantityError('e-20')).toBe('numeric');
    expect(quantityError('250m')).toBeUndefined();
  });
});

describe('the common forms (`100m`, `128Mi`, `1`): a fast path equal to the general parser', () => {
  const suffixes = ['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'K', 'e3', 'i', ' ', '.5'];
  // Runs of trailing zeros are what the canonical text depends on: draw them apart.
  const digits = fc
    .tuple(fc.array(fc.constantFrom(...'0123456789'), { minLength: 1, maxLength: 16 }), fc.nat(6))
    .map(([d, zeros]) => `${d.join('')}${'0'.repeat(zeros)}`);
  const commonForm = fc.tuple(fc.constantFrom('', '', '', '+', '-', ' '), digits, fc.constantFrom(...suffixes)).map(([sign, d, suffix]) => `${sign}${d}${suffix}`);
  const general = (s: string) => {
    const r = parseAnyForm(s);
    return r.ok ? undefined : r.error;
  };

  it('parses digits and a suffix to the same value, format and text as the general parser', () => {
    fc.assert(fc.property(commonForm, (s) => {
      expect(parseQuantity(s)).toEqual(parseAnyForm(s));
    }), { numRuns: 20_000 });
  });

  it('gives the general verdict on digits and a suffix', () => {
    fc.assert(fc.property(commonForm, (s) => {
      expect(quantityError(s)).toBe(general(s));
    }), { numRuns: 20_000 });
  });

  it('prints the canonical text where the written one is not', () => {
    expect(q('1000m').text).toBe('1');
    expect(q('10000n').text).toBe('10u');
    expect(q('2048Mi').text).toBe('2Gi');
    expect(q('1048576Ki').text).toBe('1Gi');
    expect(q('1500m').text).toBe('1500m');
    expect(q('1536Mi').text).toBe('1536Mi');
  });
});
