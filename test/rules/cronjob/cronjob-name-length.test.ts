import { describe, expect, it } from 'vitest';
import { cronCases, cronJob, messageOf } from './cronjob-cases';

const RULE = 'cronjob-name-length';
const N52 = 'a'.repeat(52);
const N53 = 'a'.repeat(53);

cronCases(RULE, {
  valid: [
    { name: 'a 52-character name', metadata: { name: N52 } },
    { name: 'a short name', metadata: { name: 'backup' } },
    { name: 'a 47-character generateName', mutate: (m) => (m.metadata = { generateName: 'g'.repeat(47) }) },
  ],
  invalid: [
    { name: 'the name has 53 characters', metadata: { name: N53 }, errors: ['metadata.name'] },
    { name: 'the name has 53 bytes (multi-byte characters count double)', metadata: { name: `${'a'.repeat(51)}é` }, errors: ['metadata.name'] },
    { name: 'generateName leaves no room for the random suffix', mutate: (m) => (m.metadata = { generateName: 'g'.repeat(48) }), errors: ['metadata.name'] },
  ],
});

describe('wording by version', () => {
  it('says characters up to 1.34', () => {
    expect(messageOf(RULE, cronJob({ metadata: { name: N53 } }), '1.34')).toBe(
      `error metadata.name: Invalid value: "${N53}": must be no more than 52 characters`,
    );
  });

  it('says bytes from 1.35', () => {
    expect(messageOf(RULE, cronJob({ metadata: { name: N53 } }), '1.35')).toBe(`error metadata.name: Invalid value: "${N53}": must be no more than 52 bytes`);
  });
});
