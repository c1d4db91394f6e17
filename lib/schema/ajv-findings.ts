import type { ErrorObject } from 'ajv';
import { fromJsonPointer, key, toFieldPath, type PathSegment } from '../manifest/field-path';
import { forbidden, invalid, OMITTED, required, unsupported, type Finding } from '../rules/findings';
import type { KubernetesVersion } from '../versions';
import { addedLaterHint } from './added-later-hint';
import { unknownFieldHint } from './unknown-field-hint';
import { DECODE_PATTERNS } from './patterns';
import { walk, type SchemaNode } from './schema-walk';

/** JSON Schema type names as Kubernetes users say them (YAML "list", not "array"). */
const TYPE_NAMES: Record<string, string> = { array: 'list' };

/** Which keyword wins when ajv reports several at one path: the most basic problem. */
const PRIORITY = ['type', 'additionalProperties', 'required', 'enum', 'pattern', 'minimum', 'maximum', 'exclusiveMaximum'];

const INT32_MAX = 2147483647;
const INT64_MAX = (1n << 63n) - 1n;

const MAX_SHOWN = 60;

/** Long strings (a folded script given where a list is expected) are cut in messages. */
function clip(value: unknown): unknown {
  return typeof value === 'string' && value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}...` : value;
}

/**
 * Turns ajv errors into findings in the API server's vocabulary, one per problem: at most one per
 * field path (a value of the wrong type is not also reported as outside an enum), with Kubernetes
 * field paths (`limits[memory]` for map keys).
 */
export function findingsFromAjv(errors: readonly ErrorObject[], doc: unknown, schema: SchemaNode, version?: KubernetesVersion): Finding[] {
  const best = new Map<string, { rank: number; finding: Finding }>();
  for (const e of errors) {
    const located = locate(e, schema);
    const rank = PRIORITY.indexOf(e.keyword) === -1 ? PRIORITY.length : PRIORITY.indexOf(e.keyword);
    const previous = best.get(located.path);
    if (previous && previous.rank <= rank) continue;
    best.set(located.path, { rank, finding: toFinding(e, located, doc, schema, version) });
  }
  return [...best.values()].map((b) => b.finding);
}

interface Located {
  /** Raw segments into the document (for reading the value). */
  readonly raw: Array<string | number>;
  /** Kubernetes field path. */
  readonly path: string;
}

function locate(e: ErrorObject, schema: SchemaNode): Located {
  const raw: Array<string | number> = fromJsonPointer(e.instancePath).map((s) => (typeof s === 'object' ? s.key : s));
  if (e.keyword === 'required') raw.push(String((e.params as { missingProperty: string }).missingProperty));
  if (e.keyword === 'additionalProperties') raw.push(String((e.params as { additionalProperty: string }).additionalProperty));
  const steps = walk(schema, raw);
  const segments: PathSegment[] = steps.map((s) => (s.isMapKey ? key(String(s.segment)) : s.segment));
  return { raw, path: toFieldPath(segments) };
}

function valueAt(doc: unknown, raw: ReadonlyArray<string | number>): unknown {
  let v: unknown = doc;
  for (const s of raw) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v;
}

function toFinding(e: ErrorObject, at: Located, doc: unknown, schema: SchemaNode, version?: KubernetesVersion): Finding {
  const value = clip(valueAt(doc, at.raw));
  switch (e.keyword) {
    case 'type':
      return typeFinding(at.path, value, (e.params as { type: string | string[] }).type);
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).filter(
        (a): a is string => typeof a === 'string' && a !== '',
      );
      return unsupported(at.path, value, allowed);
    }
    case 'required':
      return required(at.path, undefined, { hint: `add ${String(at.raw[at.raw.length - 1])}` });
    case 'additionalProperties':
      return forbidden(at.path, 'unknown field', { hint: (version && addedLaterHint(at.raw, version)) || unknownFieldHint(schema, at.raw) });
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      const known = DECODE_PATTERNS.find((p) => p.pattern === pattern);
      if (known) return invalid(at.path, value, known.detail, { hint: known.hint });
      return invalid(at.path, value, `must match the regular expression '${pattern}'`);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const limit = (e.params as { limit: number }).limit;
      const width = Math.abs(limit) <= INT32_MAX + 1 ? 'int32' : 'int64';
      const cmp = e.keyword === 'minimum' ? 'greater' : 'less';
      // int64 bounds are no doubles: print them exactly (2^63 is the exclusive maximum).
      const shown = width === 'int32' ? String(limit) : e.keyword === 'exclusiveMaximum' ? String(INT64_MAX) : String(BigInt(limit));
      // Go's decoder refuses a number its integer type cannot hold ("cannot unmarshal number ... of type int32"): a type error.
      return invalid(at.path, value, `expected integer (${width}): must be ${cmp} than or equal to ${shown}`);
    }
    default:
      return invalid(at.path, value, e.message ?? `fails ${e.keyword}`);
  }
}

function typeFinding(path: string, value: unknown, types: string | string[]): Finding {
  const expected = (Array.isArray(types) ? types : [types]).filter((t) => t !== 'null').map((t) => TYPE_NAMES[t] ?? t);
  const wanted = `expected ${expected.join(' or ')}`;
  const found = Array.isArray(value) ? 'list' : typeof value === 'object' && value !== null ? 'object' : undefined;
  if (found) return invalid(path, OMITTED, `${wanted}, found ${found}`);
  return invalid(path, value, wanted, hintFor(value, expected));
}

function hintFor(value: unknown, expected: readonly string[]): { hint?: string } {
  const numeric = typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value));
  if (numeric && expected.some((t) => t === 'integer' || t === 'number')) return { hint: 'write the number without quotes' };
  if (typeof value === 'string' && expected.includes('list')) return { hint: 'write a YAML list: one "- item" per line, or ["a", "b"]' };
  if (typeof value !== 'string' && expected.includes('string')) return { hint: 'quote the value to make it a string' };
  return {};
}
