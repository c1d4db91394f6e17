import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRON_FIELDS, firesAtLeastOnce, parseSchedule } from '../../lib/cron';

/** The parser's error message, or 'ok'. */
function outcome(schedule: string): string {
  const r = parseSchedule(schedule);
  return r.ok ? 'ok' : r.message;
}

describe('parseSchedule accepts what robfig/cron v3 ParseStandard accepts', () => {
  it.each([
    '* * * * *',
    '0 0 * * *',
    '*/15 9-17 * * 1-5',
    '0 0 1 jan-jun sun,SAT',
    '0 0 1 JAN *',
    '* * * * ?',
    '5/10 * * * *',
    '0-59/7 * * * *',
    '*/60 * * * *',
    '1,,2 * * * *',
    ', * * * *',
    '*-5 * * * *',
    '0 0 31 2 *',
    '\t0\u00a00 *  * *\n',
    '+5 * * * *',
    '00000000000000000000005 * * * *',
    '@yearly',
    '@annually',
    '@monthly',
    '@weekly',
    '@daily',
    '@midnight',
    '@hourly',
    '@every 1h30m',
    '@every -1.5h',
    '@every 0',
    '@every 1µs',
    '@every .5s',
    'TZ=UTC 0 0 * * *',
    'CRON_TZ=America/New_York @daily',
    'TZ= 0 * * * *',
    'TZ=Local 0 * * * *',
  ])('accepts %j', (schedule) => {
    expect(outcome(schedule)).toBe('ok');
  });
});

describe('parseSchedule rejects with the exact robfig/Go message', () => {
  it.each([
    ['0 0 * * * *', 'expected exactly 5 fields, found 6: [0 0 * * * *]'],
    ['1 * * *', 'expected exactly 5 fields, found 4: [1 * * *]'],
    [' @daily', 'expected exactly 5 fields, found 1: [@daily]'],
    ['TZ=UTC ', 'expected exactly 5 fields, found 0: []'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* 24 * * *', 'end of range (24) above maximum (23): 24'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['* * 32 * *', 'end of range (32) above maximum (31): 32'],
    ['* * * 13 *', 'end of range (13) above maximum (12): 13'],
    ['* * * * 7', 'end of range (7) above maximum (6): 7'],
    ['5-3 * * * *', 'beginning of range (5) beyond end of range (3): 5-3'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['*/-12 * * * *', 'negative number (-12) not allowed: -12'],
    ['-5 * * * *', 'failed to parse int from : strconv.Atoi: parsing "": invalid syntax'],
    ['1--2 * * * *', 'too many hyphens: 1--2'],
    ['*//2 * * * *', 'too many slashes: *//2'],
    ['a-b-c * * * *', 'failed to parse int from a: strconv.Atoi: parsing "a": invalid syntax'],
    ['0 0 L * *', 'failed to parse int from L: strconv.Atoi: parsing "L": invalid syntax'],
    ['0 0 ? * 1#2', 'failed to parse int from 1#2: strconv.Atoi: parsing "1#2": invalid syntax'],
    ['0 0 * * mon-funday', 'failed to parse int from funday: strconv.Atoi: parsing "funday": invalid syntax'],
    ['1_000 * * * *', 'failed to parse int from 1_000: strconv.Atoi: parsing "1_000": invalid syntax'],
    ['9223372036854775807 * * * *', 'end of range (9223372036854775807) above maximum (59): 9223372036854775807'],
    ['9223372036854775808 * * * *', 'failed to parse int from 9223372036854775808: strconv.Atoi: parsing "9223372036854775808": value out of range'],
    ['99999999999999999999x * * * *', 'failed to parse int from 99999999999999999999x: strconv.Atoi: parsing "99999999999999999999x": value out of range'],
    ['\u200b * * * *', 'failed to parse int from \u200b: strconv.Atoi: parsing "\\u200b": invalid syntax'],
    ['\u0000 * * * *', 'failed to parse int from \u0000: strconv.Atoi: parsing "\\x00": invalid syntax'],
    ['"é" * * * *', 'failed to parse int from "é": strconv.Atoi: parsing "\\"é\\"": invalid syntax'],
    ['@fortnightly', 'unrecognized descriptor: @fortnightly'],
    ['@daily ', 'unrecognized descriptor: @daily '],
    ['@every', 'unrecognized descriptor: @every'],
    ['@every ', 'failed to parse duration @every : time: invalid duration ""'],
    ['@every 1d', 'failed to parse duration @every 1d: time: unknown unit "d" in duration "1d"'],
    ['@every 10', 'failed to parse duration @every 10: time: missing unit in duration "10"'],
    ['@every  1h', 'failed to parse duration @every  1h: time: invalid duration " 1h"'],
    ['@every 1hé', 'failed to parse duration @every 1hé: time: unknown unit "h\\xc3\\xa9" in duration "1h\\xc3\\xa9"'],
    ['@every 9223372036854775808ns', 'failed to parse duration @every 9223372036854775808ns: time: invalid duration "9223372036854775808ns"'],
    ['@every 3000000h', 'failed to parse duration @every 3000000h: time: invalid duration "3000000h"'],
    ['TZ=Mars/Olympus 0 * * * *', 'provided bad location Mars/Olympus: unknown time zone Mars/Olympus'],
    ['TZ=europe/berlin 0 * * * *', 'provided bad location europe/berlin: unknown time zone europe/berlin'],
    ['CRON_TZ=../etc 0 * * * *', 'provided bad location ../etc: time: invalid location name'],
    ['TZ=UTC\t0 * * * *', 'provided bad location UTC\t0: unknown time zone UTC\t0'],
  ])('rejects %j', (schedule, message) => {
    expect(outcome(schedule)).toBe(message);
  });

  it('reports the panic of a TZ= prefix without a space as Kubernetes 1.35 recovers it', () => {
    for (const s of ['TZ=', 'TZ=UTC', 'CRON_TZ=UTC\t0\t*\t*\t*\t*']) {
      expect(parseSchedule(s)).toEqual({
        ok: false,
        panicked: true,
        message: 'invalid schedule format: runtime error: slice bounds out of range [:-1]',
      });
    }
  });
});

describe('what a schedule matches', () => {
  it('expands steps, ranges, lists and names', () => {
    const r = parseSchedule('*/15 9-11 1,15 jan-mar mon-fri');
    expect(r.ok && r.schedule.kind === 'fields' && r.schedule.fields).toMatchObject({
      minute: { values: [0, 15, 30, 45], star: false },
      hour: { values: [9, 10, 11] },
      dayOfMonth: { values: [1, 15] },
      month: { values: [1, 2, 3] },
      dayOfWeek: { values: [1, 2, 3, 4, 5], star: false },
    });
  });

  it('keeps the zone of a TZ= prefix', () => {
    const r = parseSchedule('CRON_TZ=Asia/Tokyo @hourly');
    expect(r.ok && r.schedule.location).toBe('Asia/Tokyo');
  });

  it.each([
    ['0 0 30 2 *', false],
    ['0 0 31 4,6,9,11 *', false],
    [', * * * *', false],
    ['0 0 29 2 *', true],
    ['0 0 31 2 mon', true],
    ['@weekly', true],
    ['@every 1s', true],
  ])('knows whether %j can fire', (schedule, fires) => {
    const r = parseSchedule(schedule);
    expect(r.ok && firesAtLeastOnce(r.schedule)).toBe(fires);
  });
});

describe('properties', () => {
  const inRange = (i: number) => fc.integer({ min: CRON_FIELDS[i].min, max: CRON_FIELDS[i].max });
  /** A valid range expression of field i: *, ?, N, N-M, each with an optional positive step. */
  const rangeExpr = (i: number) =>
    fc
      .tuple(
        fc.oneof(
          fc.constantFrom('*', '?'),
          inRange(i).map(String),
          fc.tuple(inRange(i), inRange(i)).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
        ),
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
      )
      .map(([r, step]) => (step === undefined ? r : `${r}/${step}`));
  const field = (i: number) => fc.array(rangeExpr(i), { minLength: 1, maxLength: 3 }).map((xs) => xs.join(','));

  it('accepts any 5-field expression built from in-range values, ranges and steps', () => {
    fc.assert(
      fc.property(fc.tuple(field(0), field(1), field(2), field(3), field(4)), (fields) => {
        expect(outcome(fields.join(' '))).toBe('ok');
      }),
      { numRuns: 500 },
    );
  });

  it('rejects a value above the maximum with "end of range" and one below the minimum with "beginning of range"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 1000 }), (i, over) => {
        const { min, max } = CRON_FIELDS[i];
        const fields = ['*', '*', '*', '*', '*'];
        fields[i] = String(max + over);
        expect(outcome(fields.join(' '))).toBe(`end of range (${max + over}) above maximum (${max}): ${max + over}`);
        if (min > 0) {
          fields[i] = '0';
          expect(outcome(fields.join(' '))).toBe(`beginning of range (0) below minimum (${min}): 0`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        const r = parseSchedule(s);
        expect(typeof r.ok).toBe('boolean');
        for (const prefix of ['TZ=', 'CRON_TZ=', '@every ', '@', '0 0 * * ']) expect(() => parseSchedule(prefix + s)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
