import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoDuration } from '../../lib/cron/go-duration';
import { goAtoi, goFields, goQuote, goTrimSpace, wellFormed } from '../../lib/k8s/go-text';

describe('Go text helpers', () => {
  it('splits fields on Unicode white space as strings.Fields', () => {
    expect(goFields(' a\tb\u00a0c\u3000d\u0085e\u200bf ')).toEqual(['a', 'b', 'c', 'd', 'e\u200bf']);
    expect(goTrimSpace('\u2028 x \u2029')).toBe('x');
  });

  it('splits and repairs any text as the regular expressions they replace', () => {
    const goSpaces = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
    const loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    const text = fc.string({ unit: fc.constantFrom('a', '7', ' ', '\t', '\u00a0', '\u2028', '\u3000', '\u200b', '\ud800', '\udc00', '\u{1F600}') });
    fc.assert(
      fc.property(text, (s) => {
        expect(goFields(s)).toEqual(s.split(goSpaces).filter((f) => f !== ''));
        expect(wellFormed(s)).toBe(s.replace(loneSurrogates, '\ufffd'));
      }),
      { numRuns: 1000 },
    );
  });

  it('quotes as strconv.Quote', () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('\t\u0001\u007f')).toBe('"\\t\\x01\\x7f"');
    expect(goQuote('é€\u00a0\u{1F600}\u{E0001}')).toBe('"é€\\u00a0\u{1F600}\\U000e0001"');
  });

  it('parses integers as strconv.Atoi on 64-bit', () => {
    expect(goAtoi('+42')).toEqual({ ok: true, value: 42n });
    expect(goAtoi('-9223372036854775808')).toEqual({ ok: true, value: -9223372036854775808n });
    expect(goAtoi('')).toEqual({ ok: false, message: 'strconv.Atoi: parsing "": invalid syntax' });
    expect(goAtoi('-')).toEqual({ ok: false, message: 'strconv.Atoi: parsing "-": invalid syntax' });
    expect(goAtoi('9223372036854775808')).toEqual({ ok: false, message: 'strconv.Atoi: parsing "9223372036854775808": value out of range' });
  });

  it('parses durations as time.ParseDuration', () => {
    expect(parseGoDuration('1h30m')).toEqual({ ok: true, nanoseconds: 5_400_000_000_000n });
    expect(parseGoDuration('1.5h')).toEqual({ ok: true, nanoseconds: 5_400_000_000_000n });
    expect(parseGoDuration('-0')).toEqual({ ok: true, nanoseconds: 0n });
    expect(parseGoDuration('.s')).toEqual({ ok: false, message: 'time: invalid duration ".s"' });
    expect(parseGoDuration('1constructor')).toEqual({ ok: false, message: 'time: unknown unit "constructor" in duration "1constructor"' });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(() => [goAtoi(s), goQuote(s), goFields(s), parseGoDuration(s)]).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
