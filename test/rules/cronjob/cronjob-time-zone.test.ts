import { describe, expect, it } from 'vitest';
import { cronCases, cronJob, messageOf, violationsOf } from './cronjob-cases';

const RULE = 'cronjob-time-zone';
const PATH = 'spec.timeZone';

cronCases(RULE, {
  valid: [
    { name: 'no timeZone (the controller zone)', spec: {} },
    { name: 'timeZone null', spec: { timeZone: null } },
    { name: 'an IANA zone', spec: { timeZone: 'Europe/Berlin' } },
    { name: 'UTC', spec: { timeZone: 'UTC' } },
    { name: 'Etc/UTC', spec: { timeZone: 'Etc/UTC' } },
    { name: 'a POSIX-style Etc zone', spec: { timeZone: 'Etc/GMT+10' } },
    { name: 'a legacy rule zone', spec: { timeZone: 'EST5EDT' } },
    { name: 'a backward link', spec: { timeZone: 'US/Pacific' } },
    { name: 'GMT-0', spec: { timeZone: 'GMT-0' } },
    { name: 'Factory', spec: { timeZone: 'Factory' } },
    { name: 'a three-part zone with a 14-character part', spec: { timeZone: 'America/Argentina/ComodRivadavia' } },
  ],
  invalid: [
    { name: 'timeZone is empty', spec: { timeZone: '' }, errors: [PATH] },
    { name: 'a part has a space', spec: { timeZone: 'Europe/ Berlin' }, errors: [PATH] },
    { name: 'a part is longer than 14 characters', spec: { timeZone: 'America/ThisIsFifteenChr' }, errors: [PATH] },
    { name: 'a part is ..', spec: { timeZone: '../etc/passwd' }, errors: [PATH] },
    { name: 'a part starts with -', spec: { timeZone: 'Etc/-GMT' }, errors: [PATH] },
    { name: 'it ends with /', spec: { timeZone: 'Europe/' }, errors: [PATH] },
    { name: 'it is Local', spec: { timeZone: 'Local' }, errors: [PATH] },
    { name: 'it is LOCAL (also not found: case-sensitive lookup)', spec: { timeZone: 'LOCAL' }, errors: [PATH, PATH] },
    { name: 'the case is wrong', spec: { timeZone: 'europe/berlin' }, errors: [PATH] },
    { name: 'the zone does not exist', spec: { timeZone: 'Continent/InvalidZone' }, errors: [PATH] },
    { name: 'an abbreviation that is not a zone', spec: { timeZone: 'PST' }, errors: [PATH] },
    { name: 'a part contains ..', spec: { timeZone: 'Europe/Ber..lin' }, errors: [PATH] },
  ],
});

describe('messages, in the order of validateTimeZone', () => {
  it.each([
    ['', '"": timeZone must be nil or non-empty string'],
    [' Continent/Zone', '" Continent/Zone": unknown time zone  Continent/Zone'],
    ['Local', '"Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
    ['Continent/InvalidZone', '"Continent/InvalidZone": unknown time zone Continent/InvalidZone'],
    ['Europe/Ber..lin', '"Europe/Ber..lin": time: invalid location name'],
  ])('words %j as the API server', (tz, text) => {
    expect(violationsOf(RULE, cronJob({ spec: { timeZone: tz } }), '1.36').map((v) => v.message)).toEqual([`Invalid value: ${text}`]);
  });

  it('reports both the Local rule and the lookup for lower-case local', () => {
    expect(messageOf(RULE, cronJob({ spec: { timeZone: 'local' } }))).toMatchInlineSnapshot(`
      "error spec.timeZone: Invalid value: "local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones
      error spec.timeZone: Invalid value: "local": unknown time zone local"
    `);
  });

  it('suggests the right case for a known zone', () => {
    expect(violationsOf(RULE, cronJob({ spec: { timeZone: 'europe/berlin' } }))[0].hint).toBe("use 'Europe/Berlin': time zone names are case-sensitive");
  });

  it('gives a hint in the construct vocabulary', () => {
    expect(violationsOf(RULE, cronJob({ spec: { timeZone: 'Berlin' } }))[0].hint).toContain("'Europe/Berlin' or 'Etc/UTC'");
  });
});
