import { describe, expect, it } from 'vitest';
import { parseLabelSelector, selectorMatches, validateLabelSelector } from '../../../lib/rules/support/label-selector';

const labels = { app: 'pi', tier: 'batch' };

describe('label selectors (metav1.LabelSelectorAsSelector)', () => {
  it.each([
    [{ matchLabels: { app: 'pi' } }, true],
    [{ matchLabels: { app: 'other' } }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['batch', 'web'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['batch'] }] }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [{}, true],
    [null, false],
  ])('%j matches the labels: %s', (selector, expected) => {
    const parsed = parseLabelSelector(selector);
    expect(parsed).toBeDefined();
    expect(selectorMatches(parsed!, labels)).toBe(expected);
  });

  it.each([
    { matchExpressions: [{ key: 'a', operator: 'Is' }] },
    { matchExpressions: [{ key: 'a', operator: 'In', values: [] }] },
    { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] },
    { matchLabels: { 'bad key': 'x' } },
    { matchLabels: { app: '-x' } },
    'garbage',
  ])('fails to convert %j (the server then skips its match checks)', (selector) => {
    expect(parseLabelSelector(selector)).toBeUndefined();
  });

  it('reports each malformed requirement at its own path', () => {
    const found = validateLabelSelector(
      { matchLabels: { app: '-x' }, matchExpressions: [{ key: 'a', operator: 'Is' }, { key: 'b', operator: 'In' }, { key: '', operator: 'Exists', values: ['v'] }] },
      'spec.selector',
      '1.28',
    );
    expect(found.map((f) => `${f.path}: ${f.type}`)).toEqual([
      'spec.selector.matchLabels: Invalid value',
      'spec.selector.matchExpressions[0].operator: Invalid value',
      'spec.selector.matchExpressions[1].values: Required value',
      'spec.selector.matchExpressions[2].values: Forbidden',
      'spec.selector.matchExpressions[2].key: Invalid value',
      'spec.selector.matchExpressions[2].key: Invalid value',
    ]);
  });
});
