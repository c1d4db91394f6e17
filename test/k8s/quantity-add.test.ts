/** `addQuantities` as apimachinery's `Quantity.Add` sums and prints (the texts the 1.36 oracle printed for aggregates). */
import { describe, expect, it } from 'vitest';
import { addQuantities, compareQuantities, parseQuantity, type Quantity } from '../../lib/k8s/quantity';

function q(s: string): Quantity {
  const r = parseQuantity(s);
  if (!r.ok) throw new Error(`not a quantity: ${s}`);
  return r.quantity;
}
const sum = (...xs: string[]) => xs.map(q).reduce((a, b) => addQuantities(a, b));

describe('addQuantities', () => {
  it.each([
    [['500m', '1'], '1500m'],
    [['1', '1'], '2'],
    [['100m', '2'], '2100m'],
    [['100m', '1900m'], '2'],
    [['1Gi', '512Mi'], '1536Mi'],
    [['1Gi', '1Gi'], '2Gi'],
    [['0', '250m'], '250m'],
    [['1.5', '0'], '1500m'],
    [['1Mi', '1M'], '2048576'],
  ])('%j sums to %s', (terms, text) => {
    expect(sum(...terms).text).toBe(text);
  });

  it('keeps the value exact', () => {
    expect(compareQuantities(sum('0.1', '0.2'), q('300m'))).toBe(0);
    expect(compareQuantities(sum('1e3', '-1k'), q('0'))).toBe(0);
  });

  it('does not expand exponents far apart', () => {
    expect(compareQuantities(sum('1e900', '1m'), q('1e900'))).toBe(0);
  });
});
