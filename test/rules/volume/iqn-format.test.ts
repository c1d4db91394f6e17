import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesIqn } from '../../../lib/rules/volume/volume-in-tree-sources';

/** Go's pattern as a JavaScript regex (RE2's `\s` is ASCII whitespace): fine on short inputs only. */
const GO_IQN = /iqn\.\d{4}-\d{2}\.[A-Za-z0-9.-]+:[^,;*&$|\t\n\f\r ]+$/;

describe('the linear iSCSI IQN check', () => {
  it('agrees with the Go pattern on short strings built from its alphabet', () => {
    const char = fc.constantFrom('i', 'q', 'n', '.', '-', ':', '0', '1', '9', 'a', 'Z', ',', ' ', '$', '_', '\t');
    const piece = fc.oneof(fc.constant('iqn.2001-04.'), fc.string({ unit: char, maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const value = parts.join('');
        expect(matchesIqn(value)).toBe(GO_IQN.test(value));
      }),
      { numRuns: 3000, seed: 37 },
    );
  });

  it('accepts and refuses the usual forms', () => {
    expect(matchesIqn('iqn.2001-04.com.example:storage.disk1')).toBe(true);
    expect(matchesIqn('iqn.2001-04.com.example')).toBe(false);
    expect(matchesIqn('iqn.2001-04.:x')).toBe(false);
    expect(matchesIqn('iqn.2001-04.a:')).toBe(false);
    expect(matchesIqn('iqn.2001-04.a:b,c')).toBe(false);
  });

  it('stays linear on the input that made the regex quadratic', () => {
    expect(matchesIqn(`${'iqn.0000-00.q'.repeat(20000)}q`)).toBe(false);
  });
});
