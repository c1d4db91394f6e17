import { describe, expect, it } from 'vitest';
import { CRON_FIELDS, parseField } from '../../lib/cron/fields';

describe('parseField fast paths', () => {
  // `x,` takes the general parse (empty items are skipped), so it says what `x` must give.
  it.each(CRON_FIELDS.map((b) => [b.name, b] as const))('%s: * ? and in-range numbers give what the general parse gives', (_, b) => {
    for (const field of ['*', '?', String(b.min), String(b.max), `0${b.min}`, '7', '23', '59']) {
      expect(parseField(field, b)).toEqual(parseField(`${field},`, b));
    }
  });

  it('leaves numbers out of range to the general parse and its message', () => {
    expect(parseField('61', CRON_FIELDS[0])).toEqual({ ok: false, message: 'end of range (61) above maximum (59): 61' });
    expect(parseField('0', CRON_FIELDS[2])).toEqual({ ok: false, message: 'beginning of range (0) below minimum (1): 0' });
  });
});
