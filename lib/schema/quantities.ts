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
 * fields the schema does not know are its unknown-field findings.
 */
export function quantityFindings(doc: unknown, schema: SchemaNode): Finding[] {
  const out: Finding[] = [];
  visit(schema, schema, doc, [], out);
  return out;
}

function visit(root: SchemaNode, node: SchemaNode | undefined, value: unknown, at: PathSegment[], out: Finding[]): void {
  if (!node || value === null || value === undefined) return;
  if (node.$ref === QUANTITY_REF) {
    if (typeof value === 'string' || typeof value === 'number') checkQuantity(value, at, out);
    return;
  }
  const current = deref(root, node);
  if (!current || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const items = current.items;
    if (items && typeof items === 'object') value.forEach((v, i) => visit(root, items as SchemaNode, v, [...at, i], out));
    return;
  }
  const record = value as Record<string, unknown>;
  const props = propertiesOf(current);
  if (props) {
    for (const [name, sub] of Object.entries(props)) {
      if (Object.prototype.hasOwnProperty.call(record, name)) visit(root, sub, record[name], [...at, name], out);
    }
    return;
  }
  const values = current.additionalProperties;
  if (values && typeof values === 'object') {
    for (const [k, v] of Object.entries(record)) visit(root, values as SchemaNode, v, [...at, key(k)], out);
  }
}

function checkQuantity(value: string | number, at: PathSegment[], out: Finding[]): void {
  const parsed = parseQuantity(value);
  if (parsed.ok) return;
  const failure = QUANTITY_DECODE_FAILURES[parsed.error];
  const shown = typeof value === 'string' && value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}...` : value;
  out.push(invalid(toFieldPath(at), shown, failure.detail, { hint: failure.hint }));
}
