/**
 * Quantities decoded as the API server decodes them: every value whose schema is
 * `resource.Quantity` (resources, overhead, emptyDir `sizeLimit`, `divisor`, ...) goes through
 * `resource.ParseQuantity` ({@link parseQuantity}), and one that does not parse is a decoding
 * error in the parser's own words (the server answers 400 before validating anything). The
 * schema carries no quantity pattern: a pattern is a second grammar that can disagree with the
 * parser (`-` and `Gi` parse as zero, `1Mk` has a bad suffix).
 */
import { parseQuantity } from '../k8s/quantity';
import { key, toFieldPath, type PathSegment } from '../manifest/field-path';
import { invalid, type Finding } from '../rules/findings';
import { QUANTITY_DECODE_FAILURES } from './patterns';
import { deref, propertiesOf, type SchemaNode } from './schema-walk';

/** `$ref` of the Quantity definition in the generated schemas. */
export const QUANTITY_REF = '#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity';

const MAX_SHOWN = 60;

/**
 * Decodes every quantity in `doc` (plain data) along `schema`: one finding per string or number
 * that `ParseQuantity` refuses. Values of another JSON type are the schema's type findings;
 * fields the schema does not know are its unknown-field findings. Only subtrees whose schema can
 * hold a quantity are visited (not `metadata`, not `command`).
 */
export function quantityFindings(doc: unknown, schema: SchemaNode): Finding[] {
  const out: Finding[] = [];
  visit(schema, schema, doc, undefined, out);
  return out;
}

/** A path built only when a finding needs it. */
interface At {
  readonly parent: At | undefined;
  readonly segment: PathSegment;
}

function visit(root: SchemaNode, node: SchemaNode | undefined, value: unknown, at: At | undefined, out: Finding[]): void {
  if (!node || value === null || value === undefined) return;
  if (node.$ref === QUANTITY_REF) {
    if (typeof value === 'string' || typeof value === 'number') checkQuantity(value, at, out);
    return;
  }
  if (typeof value !== 'object' || !mayHoldQuantity(root, node)) return;
  const current = deref(root, node);
  if (!current) return;
  if (Array.isArray(value)) {
    const items = current.items;
    if (items && typeof items === 'object') value.forEach((v, i) => visit(root, items as SchemaNode, v, { parent: at, segment: i }, out));
    return;
  }
  const props = propertiesOf(current);
  const values = current.additionalProperties;
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (props) {
      if (Object.prototype.hasOwnProperty.call(props, name)) visit(root, props[name], v, { parent: at, segment: name }, out);
    } else if (values && typeof values === 'object') {
      visit(root, values as SchemaNode, v, { parent: at, segment: key(name) }, out);
    }
  }
}

// Facts derived from a loaded (immutable) schema, kept with it: which definitions can hold a
// quantity, and the same answer per schema node.
const REACHING = new WeakMap<SchemaNode, ReadonlySet<string>>();
const NODE_HOLDS = new WeakMap<SchemaNode, boolean>();

/** The `$ref`s of the definitions of `root` from which a quantity can be reached (a fixed point). */
function reachingRefs(root: SchemaNode): ReadonlySet<string> {
  let reaching = REACHING.get(root);
  if (reaching) return reaching;
  const definitions = (root.definitions ?? {}) as Record<string, SchemaNode>;
  const refsOf = new Map(Object.entries(definitions).map(([name, def]) => [`#/definitions/${name}`, refsIn(def, new Set())]));
  const found = new Set<string>([QUANTITY_REF]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [ref, refs] of refsOf) {
      if (found.has(ref) || ![...refs].some((r) => found.has(r))) continue;
      found.add(ref);
      grew = true;
    }
  }
  reaching = found;
  REACHING.set(root, reaching);
  return reaching;
}

/** Every `$ref` written inside `node` (not followed). */
function refsIn(node: unknown, into: Set<string>): Set<string> {
  if (node === null || typeof node !== 'object') return into;
  if (Array.isArray(node)) {
    for (const n of node) refsIn(n, into);
    return into;
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') into.add(v);
    else refsIn(v, into);
  }
  return into;
}

function mayHoldQuantity(root: SchemaNode, node: SchemaNode): boolean {
  let holds = NODE_HOLDS.get(node);
  if (holds === undefined) {
    const reaching = reachingRefs(root);
    holds = [...refsIn(node, new Set())].some((r) => reaching.has(r));
    NODE_HOLDS.set(node, holds);
  }
  return holds;
}

function pathOf(at: At | undefined): string {
  const segments: PathSegment[] = [];
  for (let a = at; a; a = a.parent) segments.push(a.segment);
  return toFieldPath(segments.reverse());
}

function checkQuantity(value: string | number, at: At | undefined, out: Finding[]): void {
  const parsed = parseQuantity(value);
  if (parsed.ok) return;
  const failure = QUANTITY_DECODE_FAILURES[parsed.error];
  const shown = typeof value === 'string' && value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}...` : value;
  out.push(invalid(pathOf(at), shown, failure.detail, { hint: failure.hint }));
}
