import { asObject, asString } from '../manifest/access';

/** The annotation `kubectl apply` (client side) stores the applied manifest in. */
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** The namespace kubectl writes into a manifest without one (`--namespace`, else `default`). */
const KUBECTL_DEFAULT_NAMESPACE = 'default';

/** Characters Go's `encoding/json` escapes as six-byte `\u` sequences where `JSON.stringify` writes them raw. */
const GO_HTML_ESCAPES = /[<>&]/g;
const GO_LINE_ESCAPES = /[\u2028\u2029]/g;

const KEY_BYTES = Buffer.byteLength(LAST_APPLIED_ANNOTATION, 'utf8');

/**
 * The bytes the last-applied annotation adds to `metadata.annotations` (key plus value) when
 * `kubectl apply` creates the object, or `undefined` when kubectl does not add one (no
 * `metadata.name`: a manifest with only `generateName` is created, not applied).
 *
 * kubectl `pkg/util/apply.go` `CreateApplyAnnotation`: the value is the object as kubectl sends it
 * (namespace filled in, `annotations` without this key and `{}` when there are none), encoded by
 * `encoding/json` with a trailing newline. Only the length matters here, so key order does not;
 * Go escapes `<`, `>`, `&`, U+2028 and U+2029 as six-byte `\u` sequences.
 */
export function lastAppliedAnnotationBytes(manifest: Readonly<Record<string, unknown>>): number | undefined {
  const metadata = asObject(manifest.metadata);
  if (!metadata || !asString(metadata.name)) return undefined;
  const annotations = { ...(asObject(metadata.annotations) ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  const namespace = asString(metadata.namespace) || KUBECTL_DEFAULT_NAMESPACE;
  const sent = { ...manifest, metadata: { ...metadata, namespace, annotations } };
  let json: string;
  try {
    json = JSON.stringify(sent);
  } catch {
    return undefined;
  }
  // One byte becomes six for <, > and &; three become six for U+2028 and U+2029.
  const extra = (json.match(GO_HTML_ESCAPES)?.length ?? 0) * 5 + (json.match(GO_LINE_ESCAPES)?.length ?? 0) * 3;
  return KEY_BYTES + Buffer.byteLength(json, 'utf8') + extra + 1;
}

/**
 * Whether the last-applied annotation (key plus value, {@link lastAppliedAnnotationBytes}) takes
 * more than `room` bytes, or `undefined` when kubectl adds none (no name, or an object it cannot
 * encode). Encoding the whole manifest costs more than every other metadata check together, and
 * almost every manifest is far below the limit: a walk that allocates nothing first bounds the
 * size from above, and only a manifest it cannot prove small enough is encoded.
 */
export function lastAppliedAnnotationExceeds(manifest: Readonly<Record<string, unknown>>, room: number): boolean | undefined {
  const metadata = asObject(manifest.metadata);
  if (!metadata || !asString(metadata.name)) return undefined;
  // What kubectl changes in metadata adds at most `"namespace":"default",` and `"annotations":{},`.
  const budget = room - KEY_BYTES - 1 - METADATA_CHANGES_AT_MOST;
  if (budget >= 0 && jsonBytesFit(manifest, budget)) return false;
  const bytes = lastAppliedAnnotationBytes(manifest);
  return bytes === undefined ? undefined : bytes > room;
}

const METADATA_CHANGES_AT_MOST = '"namespace":"default",'.length + '"annotations":{},'.length;

/** Most UTF-8 bytes one UTF-16 unit of a string takes in Go's JSON: `\uXXXX` (control characters, <, >, &, U+2028/9, lone surrogates). */
const MAX_BYTES_PER_UNIT = 6;
/** Longest `JSON.stringify` of a number (`-2.2250738585072014e-308` has 24 characters). */
const MAX_NUMBER_CHARS = 25;
/** Deeper values are left to the exact encoding (which also reports a cycle). */
const MAX_BOUND_DEPTH = 100;

/**
 * True when the Go JSON encoding of `value` provably takes at most `budget` bytes: plain
 * objects, arrays, strings, numbers, booleans and null, bounded per UTF-16 unit. False when it
 * may not, or when the value holds anything else (a Date, a boxed value, a function, a BigInt, a
 * reader that throws), which only the exact encoding can size.
 *
 * `toJSON` is looked up once, on the two prototypes, not on every object: the engine judges plain
 * data (parsed YAML, or `toPlainData`'s copy), whose objects have only own enumerable data
 * properties, so an own `toJSON` is a member the walk meets (a function: unbounded), and an
 * inherited one comes from `Object.prototype` or `Array.prototype` (any other prototype is
 * unbounded).
 */
function jsonBytesFit(value: unknown, budget: number): boolean {
  try {
    if (typeof (Object.prototype as { toJSON?: unknown }).toJSON === 'function' || typeof (Array.prototype as { toJSON?: unknown }).toJSON === 'function') return false;
    return boundedJsonBytes(value, budget, 0) <= budget;
  } catch {
    return false;
  }
}

/** An upper bound of the encoded bytes, or any number above `budget` once it is exceeded or cannot be bounded. */
function boundedJsonBytes(value: unknown, budget: number, depth: number): number {
  return typeof value === 'object' && value !== null ? containerBytes(value, budget, depth) : scalarBytes(value);
}

/** {@link boundedJsonBytes} of a value that is not a non-null object. */
function scalarBytes(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return 2 + MAX_BYTES_PER_UNIT * value.length;
    case 'number':
      return MAX_NUMBER_CHARS;
    case 'boolean':
      return 5;
    case 'undefined':
    case 'object': // null
      return 4;
    default:
      return Infinity;
  }
}

/**
 * {@link boundedJsonBytes} of an object or array. Most members are strings or scalars: those are
 * bounded in the loop, and only a nested object or array costs a call.
 */
function containerBytes(value: object, budget: number, depth: number): number {
  if (depth >= MAX_BOUND_DEPTH) return Infinity;
  let total = 2;
  // One prototype read tells lists from maps (`Array.isArray` only confirms a list).
  const proto = Object.getPrototypeOf(value);
  if (proto === Array.prototype) {
    if (!Array.isArray(value)) return Infinity;
    const list = value as unknown[];
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      total += 1 + (typeof item === 'object' && item !== null ? containerBytes(item, budget - total, depth + 1) : scalarBytes(item));
      if (total > budget) return total;
    }
    return total;
  }
  if (proto !== Object.prototype && proto !== null) return Infinity;
  const o = value as Record<string, unknown>;
  // for-in also counts inherited enumerable keys, which JSON leaves out: an overestimate, still a bound.
  for (const k in o) {
    const member = o[k];
    total += 4 + MAX_BYTES_PER_UNIT * k.length + (typeof member === 'object' && member !== null ? containerBytes(member, budget - total, depth + 1) : scalarBytes(member));
    if (total > budget) return total;
  }
  return total;
}
