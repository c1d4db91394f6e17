import * as jsyaml from 'js-yaml';
import { FAILSAFE_SCHEMA, Type, type TypeConstructorOptions } from 'js-yaml';

// js-yaml exports its built-in types at runtime; @types/js-yaml does not declare them.
const types = (jsyaml as unknown as { types: Record<'null' | 'merge', Type> }).types;

/**
 * A js-yaml schema that resolves plain scalars the way kubectl does: kubectl turns YAML into JSON
 * with sigs.k8s.io/yaml, which decodes with go-yaml v2 (YAML 1.1 resolution, `resolve.go`).
 * What differs from js-yaml's YAML 1.2 core schema, and why it matters for manifests:
 *
 * - `y`/`yes`/`on`/`n`/`no`/`off` (and their Title/UPPER forms) are booleans, so
 *   `value: yes` in an env var is a bool the API server refuses for a string field;
 * - an integer with a leading zero is octal (`defaultMode: 0644` is 420, not 644), and `_` is
 *   ignored in numbers (`1_000`);
 * - timestamps stay strings (go-yaml v2 keeps them as text when decoding into `interface{}`);
 * - unknown tags (`!Ref x`) are ignored rather than fatal, as in go-yaml v2.
 *
 * Quoted scalars are always strings, in both. `.inf`/`.nan` are numbers here; see
 * {@link nonFiniteSeen} for why the loader reports them.
 */
export const GO_YAML_SCHEMA = goYamlSchema(true);

/**
 * {@link GO_YAML_SCHEMA} with its plain-scalar types listed one by one, as js-yaml would try
 * them: the reference that the tests compare {@link plainScalarType} with.
 * @internal
 */
export const GO_YAML_SCHEMA_LISTED = goYamlSchema(false);

function goYamlSchema(scalarTypesAsOne: boolean) {
  // null, bool, int and float, in go-yaml's order.
  const [words, numbers] = [[types.null, boolType()], [intType(), floatType()]];
  const scalars = [...words, ...numbers];
  const tagged = [timestampAsString(), binaryAsString(), anyTag('scalar'), anyTag('sequence'), anyTag('mapping')];
  if (!scalarTypesAsOne) return FAILSAFE_SCHEMA.extend({ implicit: [...scalars, types.merge], explicit: tagged });
  return FAILSAFE_SCHEMA.extend({
    // The merge key after them, as `<<` is none of them (and its type also accepts an empty
    // node, which is null).
    implicit: [plainScalarType(words, numbers), types.merge],
    // Each by its own tag too: `!!int "12"`, `!!bool yes`, `!!null ~` (and `!!null ""`).
    explicit: [taggedNull(), ...numbers, words[1], ...tagged],
  });
}

/**
 * The implicit types of a plain scalar as one js-yaml type. js-yaml tries a schema's implicit
 * types one after the other on every plain scalar, keys included, and nearly all of a manifest's
 * scalars are strings that match none. This type looks at the first character first: a number
 * starts with a digit, a sign or a dot ({@link mayBeNumber}), `~`, `null` and the booleans with
 * one of `~nNyYtTfFoO`, and each group's types accept only scalars that start as that group's.
 * So the first type of its group that accepts a scalar is the first of all four, in go-yaml's
 * order (null, bool, int, float), that does: the same value as listing them as implicit types.
 *
 * Its tag is `str`, which nothing compares (only the merge key's tag is compared, and `<<` is
 * none of these); the explicit `!!str` is the failsafe schema's, listed after it.
 */
function plainScalarType(words: readonly Type[], numbers: readonly Type[]): Type {
  const matching = (data: string | null): Type | undefined => {
    let candidates = words;
    if (data !== null) {
      if (mayBeNumber(data)) candidates = numbers;
      else if (!mayStartWord(data)) return undefined;
    }
    for (const type of candidates) if (type.resolve(data)) return type;
    return undefined;
  };
  return new Type('tag:yaml.org,2002:str', {
    kind: 'scalar',
    resolve: (data: string | null) => matching(data) !== undefined,
    construct: (data: string | null) => matching(data)!.construct(data),
  });
}

/** First characters of `~`, `null` and the YAML 1.1 booleans (`y`, `on`, `False`…). */
function mayStartWord(data: string): boolean {
  switch (data.charCodeAt(0)) {
    case 0x7e: // ~
    case 0x6e: case 0x4e: // n N
    case 0x79: case 0x59: // y Y
    case 0x74: case 0x54: // t T
    case 0x66: case 0x46: // f F
    case 0x6f: case 0x4f: // o O
      return true;
    default:
      return false;
  }
}

const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

function boolType(): Type {
  return new Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (data: string | null) => data !== null && data.length <= 5 && (TRUE.has(data) || FALSE.has(data)),
    construct: (data: string) => TRUE.has(data),
    predicate: (v: unknown) => typeof v === 'boolean',
  });
}

// Go's strconv.ParseInt(s, 0, 64) after go-yaml removed every `_`: sign, then 0x / 0o / 0b /
// leading-zero octal / decimal.
const GO_INT = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;

/**
 * The integer as a double that keeps which side of the int64 range it is on. Below 2^53 the double
 * is exact. Above, the value is computed exactly from the text (BigInt) and rounded, except that an
 * int64 near a bound is not rounded onto the bound's far side: 2^63-1 (valid) would become 2^63,
 * the double of 2^63 (which the API server refuses: out of range). So the schema can refuse
 * `value >= 2^63` and `value < -2^63` in doubles and be exact about the text.
 */
function parseGoInt(text: string): number {
  // The common case: a decimal of at most 15 digits without a leading zero is below 2^53, exact.
  if (SHORT_DECIMAL.test(text)) return Number(text);
  const plain = withoutUnderscores(text);
  const negative = plain.startsWith('-');
  const body = plain.replace(/^[-+]/, '');
  let digits = body;
  let radix = 10;
  if (/^0[xX]/.test(body)) [digits, radix] = [body.slice(2), 16];
  else if (/^0[oO]/.test(body)) [digits, radix] = [body.slice(2), 8];
  else if (/^0[bB]/.test(body)) [digits, radix] = [body.slice(2), 2];
  else if (body.length > 1 && body.startsWith('0')) [digits, radix] = [body.slice(1), 8];
  const approx = parseInt(digits, radix);
  if (approx <= Number.MAX_SAFE_INTEGER) return negative ? -approx : approx;
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  const exact = BigInt(`${prefix}${digits}`) * (negative ? -1n : 1n);
  return int64SafeDouble(exact);
}

const SHORT_DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;

const UINT64_MAX = (1n << 64n) - 1n;

/**
 * Whether go-yaml reads a `0x`/`0o`/`0b` integer text as a number: `strconv.ParseInt` (int64) or,
 * unsigned, `ParseUint` (uint64) must take it, else it stays a string. (A longer decimal becomes
 * a float whose JSON text no int64 field takes either: it stays an int here, which
 * {@link parseGoInt} keeps on the right side of the int64 bounds.)
 */
function fitsGoInt(plain: string): boolean {
  if (plain.length < 16) return true;
  const negative = plain.startsWith('-');
  const body = plain.replace(/^[-+]/, '');
  if (!/^0[xXoObB]/.test(body)) return true;
  const magnitude = BigInt(body.toLowerCase());
  return negative ? magnitude <= -INT64_MIN : magnitude <= UINT64_MAX;
}

/** go-yaml ignores `_` in numbers. */
function withoutUnderscores(data: string): string {
  return data.includes('_') ? data.replace(/_/g, '') : data;
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
/** Largest double below 2^63 and smallest above -2^63 (beyond the bound) as exact doubles. */
const BELOW_2_63 = 9223372036854774784;
const BEYOND_MINUS_2_63 = -9223372036854777856;

function int64SafeDouble(exact: bigint): number {
  const rounded = Number(exact);
  if (exact <= INT64_MAX && rounded >= 2 ** 63) return BELOW_2_63;
  if (exact < INT64_MIN && rounded >= -(2 ** 63)) return BEYOND_MINUS_2_63;
  return rounded;
}

/** Cheap first-character test: numbers start with a digit, a sign or a dot. */
function mayBeNumber(data: string): boolean {
  const c = data.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

function intType(): Type {
  return new Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (data: string | null) =>
      data !== null &&
      mayBeNumber(data) &&
      (SHORT_DECIMAL.test(data) || (GO_INT.test(withoutUnderscores(data)) && /[0-9]/.test(data) && fitsGoInt(withoutUnderscores(data)))),
    construct: parseGoInt,
    predicate: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
  });
}

// go-yaml's yamlStyleFloat, plus the special values of its resolve table.
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOATS: Record<string, number> = {
  '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
  '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
  '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
  '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
};

let nonFinite = false;

/**
 * True when a `.inf` or `.nan` was read since the last call (then resets). JSON has no such
 * numbers: kubectl fails with `json: unsupported value: +Inf`, so the loader reports it.
 */
export function nonFiniteSeen(): boolean {
  const seen = nonFinite;
  nonFinite = false;
  return seen;
}

function floatType(): Type {
  return new Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (data: string | null) =>
      data !== null &&
      mayBeNumber(data) &&
      // strconv.ParseFloat refuses what overflows a double (`1e400`): go-yaml keeps that a string.
      (data in SPECIAL_FLOATS || (GO_FLOAT.test(withoutUnderscores(data)) && /[0-9]/.test(data) && Number.isFinite(parseFloat(withoutUnderscores(data))))),
    construct: (data: string) => {
      if (data in SPECIAL_FLOATS) {
        nonFinite = true;
        return SPECIAL_FLOATS[data];
      }
      return parseFloat(withoutUnderscores(data));
    },
    predicate: (v: unknown) => typeof v === 'number',
  });
}

/** `!!null`: what the implicit null reads, and an empty quoted scalar (go-yaml: `!!null ""` is null). */
function taggedNull(): Type {
  return new Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (data: string | null) => data === null || data === '' || types.null.resolve(data),
    construct: () => null,
  });
}

function timestampAsString(): Type {
  return new Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', construct: (data: string) => data });
}

function binaryAsString(): Type {
  return new Type('tag:yaml.org,2002:binary', {
    kind: 'scalar',
    construct: (data: string) => Buffer.from(data.replace(/\s/g, ''), 'base64').toString('utf8'),
  });
}

/** Any other tag (`!Ref`, `!!python/...`): keep the node as if untagged, like go-yaml v2. */
function anyTag(kind: 'scalar' | 'sequence' | 'mapping'): Type {
  const empty = kind === 'scalar' ? '' : kind === 'sequence' ? [] : {};
  // `multi` (a tag prefix match) exists in js-yaml 4 but not in its type declarations.
  const options = { kind, multi: true, construct: (data: unknown) => data ?? empty } as TypeConstructorOptions;
  return new Type('', options);
}
