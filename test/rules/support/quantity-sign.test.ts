import { describe, expect, it } from 'vitest';
import { quantitySign } from '../../../lib/rules/support/quantity-sign';

describe('quantitySign', () => {
  it.each([
    ['1Gi', 1],
    ['0.5', 1],
    ['.001', 1],
    ['1e3', 1],
    ['+2', 1],
    [' 3Mi ', 1],
    ['0', 0],
    ['-0Mi', 0],
    ['0.000', 0],
    ['-1Gi', -1],
    ['-0.5', -1],
    [5, 1],
    [0, 0],
    [-5, -1],
  ] as const)('%j has sign %d', (q, sign) => {
    expect(quantitySign(q)).toBe(sign);
  });

  it.each(['lots', '', 'Gi', '-', null, undefined, {}, Number.NaN])('%j has no sign (not a quantity)', (q) => {
    expect(quantitySign(q)).toBeUndefined();
  });
});
