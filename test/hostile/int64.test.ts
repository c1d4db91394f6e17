import { describe, expect, it } from 'vitest';
import { lintYamlText, loadDocuments, validateManifest } from '../../lib';

// int64 fields are judged on the integer the text says, not on its nearest double: 2^63-1 and
// 2^63 are the same double, but the API server accepts the first and refuses the second.
const job = (deadline: string) =>
  `apiVersion: batch/v1\nkind: Job\nmetadata: {name: a}\nspec:\n  activeDeadlineSeconds: ${deadline}\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: b}]\n`;
const findings = (deadline: string) =>
  lintYamlText(job(deadline)).results[0].violations.filter((v) => v.path === 'spec.activeDeadlineSeconds').map((v) => v.message);

describe('int64 fields are exact at their bounds', () => {
  it.each(['9223372036854775807', '9223372036854775296', '0x7fffffffffffffff', '0o777777777777777777777', '9_223_372_036_854_775_807'])(
    'accepts %s (fits in int64)',
    (n) => {
      // activeDeadlineSeconds must also be positive; only the range is under test here.
      expect(findings(n).filter((m) => /int64/.test(m))).toEqual([]);
    },
  );

  it.each(['9223372036854775808', '9223372036854775809', '0x8000000000000000', '18446744073709551616', '99999999999999999999999'])(
    'refuses %s as out of the int64 range',
    (n) => {
      expect(findings(n)).toEqual([expect.stringMatching(/expected integer \(int64\): must be less than or equal to 9223372036854775807$/)]);
    },
  );

  it('refuses -2^63-1 and accepts -2^63 in the schema (the rules add that a deadline must be positive)', () => {
    const schema = (n: string) => validateManifest(loadDocuments(job(n))[0].value).map((v) => v.message);
    expect(schema('-9223372036854775809')).toEqual([expect.stringMatching(/\(int64\): must be greater than or equal to -9223372036854775808$/)]);
    expect(schema('-9223372036854775808')).toEqual([]);
    expect(schema('9223372036854775807')).toEqual([]);
    expect(schema('9223372036854775808')).toEqual([expect.stringMatching(/\(int64\): must be less than or equal to 9223372036854775807$/)]);
  });
});
