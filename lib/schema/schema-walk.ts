/**
 * Walks a generated schema along an instance path, so findings can tell a map key
 * (`limits[memory]`) from a field (`containers[0].image`) and suggest field names.
 */

/** A schema node, loosely typed (generated JSON). */
export type SchemaNode = { readonly [key: string]: unknown };

/** What the walk knows about one step of an instance path. */
export interface WalkStep {
  /** The segment as ajv reported it (string property/key, or number index). */
  readonly segment: string | number;
  /** True when the segment is a key of a map (an object schema without `properties`). */
  readonly isMapKey: boolean;
  /** The resolved schema of the value at this step, when known. */
  readonly schema?: SchemaNode;
}

/** Follows `$ref`s (`#/definitions/<name>`) within the root schema. */
export function deref(root: SchemaNode, node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n && typeof n.$ref === 'string' && i < 16; i++) {
    const name = n.$ref.replace(/^#\/definitions\//, '');
    n = (root.definitions as Record<string, SchemaNode> | undefined)?.[name];
  }
  return n;
}

/** The declared properties of an object schema, or `undefined` for maps and non-objects. */
export function propertiesOf(node: SchemaNode | undefined): Record<string, SchemaNode> | undefined {
  const p = node?.properties;
  return p && typeof p === 'object' ? (p as Record<string, SchemaNode>) : undefined;
}

/** Resolves every step of `segments` from the root schema. Unknown steps keep `schema` undefined. */
export function walk(root: SchemaNode, segments: ReadonlyArray<string | number>): WalkStep[] {
  const steps: WalkStep[] = [];
  let node: SchemaNode | undefined = root;
  for (const segment of segments) {
    const current = deref(root, node);
    const props = propertiesOf(current);
    let next: SchemaNode | undefined;
    let isMapKey = false;
    if (typeof segment === 'number' && current?.items && typeof current.items === 'object') {
      next = current.items as SchemaNode;
    } else if (props && typeof segment === 'string' && Object.prototype.hasOwnProperty.call(props, segment)) {
      next = props[segment];
    } else if (!props && current?.additionalProperties && typeof current.additionalProperties === 'object') {
      next = current.additionalProperties as SchemaNode;
      isMapKey = true;
    }
    const resolved = deref(root, next);
    steps.push({ segment, isMapKey, ...(resolved ? { schema: resolved } : {}) });
    node = next;
  }
  return steps;
}
