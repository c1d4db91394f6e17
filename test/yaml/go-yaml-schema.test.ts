import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GO_YAML_SCHEMA, GO_YAML_SCHEMA_LISTED } from '../../lib/yaml/go-yaml-schema';

/** The value with its type, -0 and NaN told apart (toEqual would let 0 and -0 pass). */
function typed(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? `number:${Object.is(v, -0) ? '-0' : String(v)}` : v));
}

function read(text: string, schema: typeof GO_YAML_SCHEMA): string {
  try {
    return typed(load(text, { schema }));
  } catch (e) {
    return `error: ${(e as Error).message.split('\n')[0]}`;
  }
}

/** Every string of `alphabet` up to `length` characters. */
function strings(alphabet: string, length: number): string[] {
  let level = [''];
  const out: string[] = [];
  for (let n = 1; n <= length; n++) {
    level = level.flatMap((s) => [...alphabet].map((c) => s + c));
    out.push(...level);
  }
  return out;
}

const WORDS = [
  '~', 'null', 'Null', 'NULL', 'nULL', 'nil', 'y', 'Y', 'yes', 'Yes', 'YES', 'yES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'tRUE',
  'false', 'False', 'FALSE', 'on', 'On', 'ON', 'oN', 'off', 'Off', 'OFF', '0', '-0', '+0', '0644', '-0644', '08', '0o17', '0O17', '0x1F', '0X1f',
  '-0x1F', '0b101', '0B2', '1_000', '_1', '1_', '1__0', '0x_1F', '1e3', '1E+3', '-1e-3', '.5', '-.5', '+.5', '5.', '1.0.0', '.', '-', '+', '._',
  '.inf', '.Inf', '.INF', '+.inf', '-.Inf', '.nan', '.NaN', '.NAN', '-.nan', '9223372036854775807', '9223372036854775808', '-9223372036854775808',
  '-9223372036854775809', '0x7FFFFFFFFFFFFFFF', '0x8000000000000000', '99999999999999999999', '2024-01-02', '2024-01-02T03:04:05Z', '12:30', '<<', '<', '=',
  'batch/v1', 'Job', 'OnFailure', 'sha256:abc', '100m', '128Mi', '1.5Gi', 'äöü', '日本',
];

describe('the go-yaml schema tries its plain-scalar types as one', () => {
  it('gives what the types listed one by one give, as a value and as a key', () => {
    const cases = [...WORDS, ...strings('0189+-._xXoObBeE~nNyYtTfFlu<a', 3)];
    const differing = cases.filter((s) => {
      const value = `v: ${s}\n`;
      const key = `${s}: 1\n`;
      const seq = `- ${s}\n- !!str ${s}\n- !!int ${s}\n- !!bool ${s}\n- !!float ${s}\n- !!null ${s}\n`;
      return [value, key, seq].some((text) => read(text, GO_YAML_SCHEMA) !== read(text, GO_YAML_SCHEMA_LISTED));
    });
    expect(differing).toEqual([]);
  });

  it('reads scalars as go-yaml v2 does', () => {
    const text = 'a: yes\nb: Off\nc: ~\nd: 0644\ne: 1_000\nf: .5\ng: -.Inf\nh: <<\ni: plain\nj: NULL\nk: 0x1F\nl: !!int "12"\nm: !!str 12\n';
    expect(typed(load(text, { schema: GO_YAML_SCHEMA }))).toBe(
      typed({ a: true, b: false, c: null, d: 420, e: 1000, f: 0.5, g: -Infinity, h: '<<', i: 'plain', j: null, k: 31, l: 12, m: '12' }),
    );
  });

  it('reads decimal integers exactly, short and long', () => {
    const decimals = ['0', '7', '7200', '999999999999999', '1000000000000000', '9007199254740991', '9007199254740993', '-42', '+42', '042'];
    const read = (s: string) => (load(`v: ${s}`, { schema: GO_YAML_SCHEMA }) as { v: number }).v;
    expect(decimals.map(read)).toEqual([0, 7, 7200, 999999999999999, 1e15, 9007199254740991, 9007199254740992, -42, 42, 34]);
  });

  it('keeps a number no Go type holds a string, as go-yaml v2 does', () => {
    // sigs.k8s.io/yaml v1.6.0 YAMLToJSON, 2026-12-02: {"v":"1e400"}, {"v":"-1e400"},
    // {"v":"0x1FFFFFFFFFFFFFFFF"}, {"v":"-0x8000000000000001"}, {"v":null}, {"v":0}
    const read = (s: string) => (load(`v: ${s}`, { schema: GO_YAML_SCHEMA }) as { v: unknown }).v;
    expect(['1e400', '-1e400', '0x1FFFFFFFFFFFFFFFF', '-0x8000000000000001', '!!null ""', '1e-400'].map(read)).toEqual([
      '1e400',
      '-1e400',
      '0x1FFFFFFFFFFFFFFFF',
      '-0x8000000000000001',
      null,
      0,
    ]);
    expect(read('0xFFFFFFFFFFFFFFFF')).toBeGreaterThan(2 ** 63);
  });

  it('applies merge keys and reads an empty value as null', () => {
    expect(load('base: &b {x: 1}\nm:\n  <<: *b\n  z:\n', { schema: GO_YAML_SCHEMA })).toEqual({ base: { x: 1 }, m: { x: 1, z: null } });
  });
});
