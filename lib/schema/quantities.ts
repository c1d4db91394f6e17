/**
 * Quantities decoded as the API server decodes them: every value whose schema is
 * `resource.Quantity` (resources, overhead, emptyDir `sizeLimit`, `divisor`, ...) goes through
 * `resource.ParseQuantity` (its verdict: {@link quantityError}), and one that does not parse is a decoding
 * error in the parser's own words (the server answers 400 before validating anything). The
 * schema carries no quantity pattern: a pattern is a second grammar that can disagree with the
 * parser (`-` and `Gi` parse as zero, `1Mk` has a bad suffix).
 */
import { quantityError } from '../k8s/quantity';
import { key, toFieldPath, type PathSegment } from '../manifest/field-path';
import { invalid, type Finding } from '../rules/findings';
import { QUANTITY_DECODE_FAILURES } from './patterns';
import { deref, propertiesOf, type SchemaNode } from './schema-walk';

/** `$ref` of the Quantity definition in the generated schemas. */
export const QUANTITY_REF = '#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity';

const MAX_SHOWN = 60;

/**
 * Where a schema node can hold a quantity, computed once per loaded schema (see {@link planOf}):
 * the node is a quantity itself, or an object whose listed `fields` (or every value of a map,
 * `values`) can hold one, or a list whose `items` can. Nodes that cannot hold any are left out,
 * so the walk visits only the paths that lead to a Quantity (the containers' `resources`, not
 * their `command` or `env`, and never `metadata`).
 */
interface Plan {
  quantity: boolean;
  fields: Map<string, Plan> | undefined;
  /** `fields` as a list (for {@link anyRefused}). */
  fieldList: ReadonlyArray<readonly [string, Plan]>;
  values: Plan | undefined;
  items: Plan | undefined;
}

/**
 * Decodes every quantity in `doc` (plain data) along `schema`: one finding per string or number
 * that `ParseQuantity` refuses. Values of another JSON type are the schema's type findings;
 * fields the schema does not know are its unknown-field findings. Only the paths where the
 * schema has a Quantity are visited; a field path is built only for a finding.
 */
export function quantityFindings(doc: unknown, schema: SchemaNode): Finding[] {
  const out: Finding[] = [];
  const plan = planOf(schema);
  // Nearly every document's quantities all decode: find that out along the plan's few fields,
  // and walk the document's own keys (the order findings are reported in) only when one does not.
  if (plan && anyRefused(plan, doc)) visit(plan, doc, [], out);
  return out;
}

/** True when some quantity along `plan` in `value` does not decode (exactly when {@link visit} reports one). */
function anyRefused(plan: Plan, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (plan.quantity) return (typeof value === 'string' || typeof value === 'number') && quantityError(value) !== undefined;
  if (typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    const items = plan.items;
    if (items) for (let i = 0; i < value.length; i++) if (anyRefused(items, value[i])) return true;
    return false;
  }
  const object = value as Record<string, unknown>;
  if (plan.fields) {
    // Indexed, no destructuring: every document walks this, most of them before V8 optimises it.
    const fieldList = plan.fieldList;
    for (let i = 0; i < fieldList.length; i++) {
      const name = fieldList[i][0];
      const v = object[name];
      if (v !== undefined && Object.prototype.hasOwnProperty.call(object, name) && anyRefused(fieldList[i][1], v)) return true;
    }
  } else if (plan.values) {
    for (const name in object) if (Object.prototype.hasOwnProperty.call(object, name) && anyRefused(plan.values, object[name])) return true;
  }
  return false;
}

function visit(plan: Plan, value: unknown, at: PathSegment[], out: Finding[]): void {
  if (value === null || value === undefined) return;
  if (plan.quantity) {
    if (typeof value === 'string' || typeof value === 'number') checkQuantity(value, at, out);
    return;
  }
  if (typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const items = plan.items;
    if (!items) return;
    for (let i = 0; i < value.length; i++) {
      at.push(i);
      visit(items, value[i], at, out);
      at.pop();
    }
    return;
  }
  const object = value as Record<string, unknown>;
  // The document's key order (as the findings were always ordered), own keys only.
  const { fields, values } = plan;
  if (fields) {
    for (const name in object) {
      const child = fields.get(name);
      if (!child || !Object.prototype.hasOwnProperty.call(object, name)) continue;
      at.push(name);
      visit(child, object[name], at, out);
      at.pop();
    }
  } else if (values) {
    for (const name in object) {
      if (!Object.prototype.hasOwnProperty.call(object, name)) continue;
      at.push(key(name));
      visit(values, object[name], at, out);
      at.pop();
    }
  }
}

// Derived from a loaded (immutable) schema and kept with it: its root's plan (`null`: no quantity anywhere).
const PLANS = new WeakMap<SchemaNode, Plan | null>();

/** The plan of a loaded schema's root, built on first use. */
function planOf(root: SchemaNode): Plan | undefined {
  let plan = PLANS.get(root);
  if (plan === undefined) {
    plan = planFor(root, root, new Map()) ?? null;
    PLANS.set(root, plan);
  }
  return plan ?? undefined;
}

/**
 * The plan of one schema node, following exactly what a walk of the document does: a node whose
 * own `$ref` is the Quantity is one; otherwise its `$ref`s are followed ({@link deref}) and the
 * result's `properties` (or, without properties, `additionalProperties`) and `items` are planned.
 * `plans` holds each definition's plan (`null`: it cannot hold a quantity), the ones still being
 * built included, so a recursive schema refers to its own plan instead of looping. (A plan that
 * is referred to from below cannot end up empty: it has that path as a child.)
 */
function planFor(root: SchemaNode, node: SchemaNode, plans: Map<SchemaNode, Plan | null>): Plan | undefined {
  if (node.$ref === QUANTITY_REF) return { quantity: true, fields: undefined, fieldList: [], values: undefined, items: undefined };
  const current = deref(root, node);
  if (!current) return undefined;
  const known = plans.get(current);
  if (known !== undefined) return known ?? undefined;
  const plan: Plan = { quantity: false, fields: undefined, fieldList: [], values: undefined, items: undefined };
  plans.set(current, plan);
  if (current.items && typeof current.items === 'object') plan.items = planFor(root, current.items as SchemaNode, plans);
  const props = propertiesOf(current);
  if (props) {
    for (const name of Object.keys(props)) {
      const child = planFor(root, props[name], plans);
      if (child) (plan.fields ??= new Map()).set(name, child);
    }
  } else if (current.additionalProperties && typeof current.additionalProperties === 'object') {
    plan.values = planFor(root, current.additionalProperties as SchemaNode, plans);
  }
  if (plan.fields) plan.fieldList = [...plan.fields];
  if (plan.items || plan.fields || plan.values) return plan;
  plans.set(current, null);
  return undefined;
}

function checkQuantity(value: string | number, at: readonly PathSegment[], out: Finding[]): void {
  const error = quantityError(value);
  if (error === undefined) return;
  const failure = QUANTITY_DECODE_FAILURES[error];
  const shown = typeof value === 'string' && value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}...` : value;
  out.push(invalid(toFieldPath(at), shown, failure.detail, { hint: failure.hint }));
}
