import { describe, expect, it } from 'vitest';
import { dns1123LabelErrors, dns1123SubdomainErrors, isLabelValue, isQualifiedName, labelValueErrors, qualifiedNameErrors } from '../../../lib/rules/support/names';

describe('apimachinery name validators', () => {
  it.each(['a', 'a-b', 'a.b', '0abc', `${'a'.repeat(63)}.${'b'.repeat(63)}`])('%s is a subdomain', (v) => {
    expect(dns1123SubdomainErrors(v)).toEqual([]);
  });

  it.each(['', 'A', '-a', 'a-', 'a..b', 'a_b', 'é'])('%j is not a subdomain', (v) => {
    expect(dns1123SubdomainErrors(v)).not.toEqual([]);
  });

  it('counts bytes, as Go does', () => {
    expect(labelValueErrors('é'.repeat(32), '1.28')[0]).toBe('must be no more than 63 characters');
  });

  it.each(['a.b', 'a'.repeat(64)])('%s is not a DNS label', (v) => {
    expect(dns1123LabelErrors(v)).not.toEqual([]);
  });

  it.each(['app', 'app.kubernetes.io/name', 'A_b.c', 'example.com/X'])('%s is a qualified name', (v) => {
    expect(qualifiedNameErrors(v, '1.28')).toEqual([]);
  });

  it('describes each bad part of a qualified name', () => {
    expect(qualifiedNameErrors('/x', '1.28')).toEqual(['prefix part must be non-empty']);
    expect(qualifiedNameErrors('Example.com/x', '1.28')[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain/);
    expect(qualifiedNameErrors('a/b/c', '1.28')[0]).toMatch(/^a qualified name must consist of/);
    expect(qualifiedNameErrors('x'.repeat(64), '1.35')).toEqual(['name part must be no more than 63 bytes']);
    expect(qualifiedNameErrors('', '1.28')).toHaveLength(2);
  });
});

describe('the fast checks agree with the validators', () => {
  const valid = ['a', 'A_b.c', 'app.kubernetes.io/name', 'x/Y', `${'a'.repeat(253)}/${'b'.repeat(63)}`, 'a'.repeat(63)];
  const invalid = ['', '/', 'a/', '/a', 'a/b/c', 'A.b/c', `${'a'.repeat(254)}/b`, `a/${'b'.repeat(64)}`, 'a'.repeat(64), 'a-', 'é', 'a..b/c', '-a/b'];

  it.each(valid)('%s is a qualified name', (v) => {
    expect(isQualifiedName(v)).toBe(true);
    expect(qualifiedNameErrors(v, '1.28')).toEqual([]);
  });

  it.each(invalid)('%j is not a qualified name, and the validator says why', (v) => {
    expect(isQualifiedName(v)).toBe(false);
    expect(qualifiedNameErrors(v, '1.28')).not.toEqual([]);
  });

  it.each([
    ['', true],
    ['a', true],
    ['a_b.C-1', true],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    ['-a', false],
    ['a/b', false],
    ['é', false],
  ] as const)('label value %j: %s', (v, ok) => {
    expect(isLabelValue(v)).toBe(ok);
    expect(labelValueErrors(v, '1.28').length === 0).toBe(ok);
  });
});

describe('the scans match the apimachinery regular expressions', () => {
  const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
  const NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
  const QUALIFIED = new RegExp(`^(${LABEL}(\\.${LABEL})*/)?${NAME}$`);
  const VALUE = new RegExp(`^(${NAME})?$`);
  const DNS_LABEL = new RegExp(`^${LABEL}$`);
  const SUBDOMAIN = new RegExp(`^${LABEL}(\\.${LABEL})*$`);
  const byRegex = (v: string) => QUALIFIED.test(v) && (v.includes('/') ? v.indexOf('/') <= 253 && v.length - v.indexOf('/') - 1 <= 63 : v.length <= 63);

  it('on random strings over the characters that matter', () => {
    const alphabet = ['a', 'z', 'A', 'Z', '0', '9', '-', '_', '.', '/', 'é', ' '];
    let seed = 16;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(random() * 9);
      const v = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(isQualifiedName(v), v).toBe(byRegex(v));
      expect(isLabelValue(v), v).toBe(VALUE.test(v) && v.length <= 63);
      expect(dns1123SubdomainErrors(v).length === 0, v).toBe(SUBDOMAIN.test(v) && v.length <= 253);
      expect(dns1123LabelErrors(v).length === 0, v).toBe(DNS_LABEL.test(v) && v.length <= 63);
    }
  });

  it('at the length limits', () => {
    for (const v of ['a'.repeat(63), 'a'.repeat(64), `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`]) {
      expect(dns1123SubdomainErrors(v).length === 0, v).toBe(SUBDOMAIN.test(v) && v.length <= 253);
      expect(dns1123SubdomainErrors(`${v}e`).length === 0, v).toBe(SUBDOMAIN.test(`${v}e`) && v.length + 1 <= 253);
      expect(dns1123LabelErrors(v).length === 0, v).toBe(DNS_LABEL.test(v) && v.length <= 63);
    }
  });
});
