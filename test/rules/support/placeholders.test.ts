import { describe, expect, it } from 'vitest';
import { findPlaceholder, hintOrPlaceholder, MAX_SHOWN, placeholderHint } from '../../../lib/rules/support/placeholders';

describe('findPlaceholder', () => {
  it.each([
    ['${KSA_NAME}', 'dollar-brace', '${KSA_NAME}'],
    ['${NAME:-default}', 'dollar-brace', '${NAME:-default}'],
    ['sa-$ENV', 'dollar-brace', '$ENV'],
    ['$(VAR)', 'dollar-paren', '$(VAR)'],
    ['{{ .Values.serviceAccount.name }}', 'double-brace', '{{ .Values.serviceAccount.name }}'],
    ['${{ secrets.SA }}', 'double-brace', '{{ secrets.SA }}'],
    ['job-{{name}}-sa', 'double-brace', '{{name}}'],
    ['<node-hostname>', 'angle-brackets', '<node-hostname>'],
    ['__NAME__', 'double-underscore', '__NAME__'],
    ['sa-__ENV_NAME__', 'double-underscore', '__ENV_NAME__'],
    ['@SERVICE_ACCOUNT@', 'at-signs', '@SERVICE_ACCOUNT@'],
    ['PSTORE_PV_NAME', 'all-caps', 'PSTORE_PV_NAME'],
    ['NODE_1', 'all-caps', 'NODE_1'],
  ])('finds the placeholder in %j', (value, syntax, text) => {
    expect(findPlaceholder(value)).toEqual({ syntax, text });
  });

  it.each([
    'my-service-account',
    'example.com',
    'Mixed_Case',
    'NOUNDERSCORE',
    '_LEADING',
    'TRAILING_',
    'a < b > c',
    '<>',
    '{{}',
    '${unterminated',
    '$(unterminated',
    '__unterminated',
    '@x',
    '',
    'a_b_c',
  ])('finds none in %j', (value) => {
    expect(findPlaceholder(value)).toBeUndefined();
  });

  it('ignores values that are not strings', () => {
    for (const v of [undefined, null, 42, true, ['${X}'], { a: '${X}' }]) expect(findPlaceholder(v)).toBeUndefined();
  });

  it('leaves ALL_CAPS alone where upper case is legitimate', () => {
    expect(findPlaceholder('PSTORE_PV_NAME', { allCaps: false })).toBeUndefined();
    expect(findPlaceholder('${X}', { allCaps: false })).toEqual({ syntax: 'dollar-brace', text: '${X}' });
  });

  it('keeps at most MAX_SHOWN characters of a long placeholder', () => {
    const long = `\${${'A'.repeat(500)}}`;
    expect(findPlaceholder(long)?.text).toHaveLength(MAX_SHOWN);
    expect(findPlaceholder('A_'.repeat(100) + 'A')).toBeUndefined();
  });

  it('scans adversarial input without being thrown off by repeated openers', () => {
    expect(findPlaceholder('{{'.repeat(20_000))).toBeUndefined();
    expect(findPlaceholder('<'.repeat(20_000) + 'a')).toBeUndefined();
    expect(findPlaceholder(`__${'a_'.repeat(20_000)}`)).toBeUndefined();
    expect(findPlaceholder(`${'$('.repeat(20_000)}x)`)).toEqual({ syntax: 'dollar-paren', text: '$(x)' });
  });
});

describe('placeholderHint', () => {
  it('says a template variable was not substituted, quoting it', () => {
    expect(placeholderHint('${KSA_NAME}')).toBe(
      '"${KSA_NAME}" looks like a template variable that was not substituted: render the manifest (helm template, envsubst, kustomize build) before applying it, or write the real value',
    );
  });

  it('escapes control characters in the placeholder it prints', () => {
    expect(placeholderHint('<node\u001b[31m>')).toMatch(/^"<node\\x1b\[31m>" looks like/);
  });

  it('gives nothing for a value without a placeholder, so the rule hint stands', () => {
    expect(placeholderHint('Bad_Name')).toBeUndefined();
    expect(hintOrPlaceholder('Bad_Name', 'use a DNS name')).toBe('use a DNS name');
    expect(hintOrPlaceholder('<node>', 'use a DNS name')).toMatch(/^"<node>" looks like a template variable/);
  });
});
