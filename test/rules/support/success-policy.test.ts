import { describe, expect, it } from 'vitest';
import { parseIndexes } from '../../../lib/rules/support/success-policy';

describe('succeededIndexes parsing (validateIndexesFormat)', () => {
  it.each([
    ['', 0],
    ['0', 1],
    ['0,2-4,7', 5],
    ['+1', 1],
  ])('%j holds %i indexes', (s, total) => {
    expect(parseIndexes(s, 10)).toEqual({ total });
  });

  it.each([
    ['1,1', 'non-increasing order, previous: 1, current: 1'],
    ['3-3', 'non-increasing order, previous: 3, current: 3'],
    ['1,', 'cannot convert string to integer for index: ""'],
    [' 1', 'cannot convert string to integer for index: " 1"'],
    ['9-10', 'too large index: "10"'],
    ['1-2-3', `the fragment "1-2-3" violates the requirement that an index interval can have at most two parts separated by '-'`],
  ])('%j fails: %s', (s, error) => {
    expect(parseIndexes(s, 10)).toEqual({ error });
  });
});
