import { closedSetsFor, type ClosedSet } from '../../lib/k8s/enum-table';
import { DATE_TIME_PATTERN } from '../../lib/schema/patterns';
import type { KubernetesVersion } from '../../lib/versions';
import { REQUIRED_ERRATA, erratumApplies } from './errata';

/** A node of the swagger 2.0 `definitions` block (loosely typed: it is input data). */
export type SwaggerNode = { [key: string]: unknown };
/** A node of the generated JSON Schema. */
export type SchemaNode = { [key: string]: unknown };

const INT_RANGES: Record<string, [number, number | string]> = {
  int32: [-2147483648, 2147483647],
  // 2^63-1 is not a double; JSON keeps the literal and ajv compares against the nearest double.
  int64: [-9223372036854775808, 9223372036854775807],
};

/** Definitions replaced wholesale: wire types whose JSON form is not their Go struct. */
const SPECIAL: Record<string, SchemaNode> = {
  // Go's IntOrString decodes a JSON integer or a JSON string; the integer is an int32.
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': {
    type: ['integer', 'string', 'null'],
    minimum: INT_RANGES.int32[0],
    maximum: INT_RANGES.int32[1],
  },
  // Quantity decodes a JSON number (`nvidia.com/gpu: 1`) or a quantity string (`cpu: "0.75"`).
  // No pattern: the text is judged by ParseQuantity itself (lib/schema/quantities.ts), whose
  // grammar no regular expression states (`-` and `Gi` are zero, `1Mk` has a bad suffix).
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { type: ['string', 'number', 'null'] },
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': { type: ['string', 'null'], pattern: DATE_TIME_PATTERN.pattern },
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': { type: ['string', 'null'], pattern: DATE_TIME_PATTERN.pattern },
};

/** Turns one swagger definition into its strict, null-tolerant JSON Schema form. */
export class DefinitionTransformer {
  private readonly sets: ClosedSet[];

  constructor(private readonly version: KubernetesVersion) {
    this.sets = closedSetsFor(version);
  }

  /** The strict schema of definition `name`. */
  definition(name: string, def: SwaggerNode): SchemaNode {
    const special = SPECIAL[name];
    if (special) return { ...special };
    return this.node(def, name);
  }

  private node(n: SwaggerNode, definition?: string, property?: string): SchemaNode {
    if (typeof n.$ref === 'string') return { $ref: n.$ref };
    const type = n.type ?? (n.properties ? 'object' : undefined);
    switch (type) {
      case 'object':
        return this.object(n, definition);
      case 'array':
        return { type: ['array', 'null'], items: this.node((n.items ?? {}) as SwaggerNode) };
      case 'integer': {
        const format = typeof n.format === 'string' ? n.format : undefined;
        const range = format ? INT_RANGES[format] : undefined;
        if (!range) return { type: ['integer', 'null'] };
        // 2^63-1 is no double: int64 is bounded by exclusiveMaximum 2^63, which is one (the YAML
        // loader keeps a valid int64 below it; see parseGoInt).
        return format === 'int64'
          ? { type: ['integer', 'null'], minimum: range[0], exclusiveMaximum: 2 ** 63 }
          : { type: ['integer', 'null'], minimum: range[0], maximum: range[1] };
      }
      case 'number':
      case 'boolean':
        return { type: [type, 'null'] };
      case 'string':
        return this.string(n, definition, property);
      default:
        // No type: any JSON value (e.g. RawExtension); nothing to check.
        return {};
    }
  }

  private string(n: SwaggerNode, definition?: string, property?: string): SchemaNode {
    const closed = this.sets.find((s) => s.definition === definition && s.property === property);
    const upstream = Array.isArray(n.enum) ? (n.enum as string[]) : undefined;
    const values = closed ? [...closed.values, ...(closed.emptyIsDefaulted ? [''] : [])] : upstream;
    const out: SchemaNode = { type: ['string', 'null'] };
    if (values) out.enum = [...values, null];
    if (n.format === 'date-time') out.pattern = DATE_TIME_PATTERN.pattern;
    return out;
  }

  private object(n: SwaggerNode, definition?: string): SchemaNode {
    const out: SchemaNode = { type: ['object', 'null'] };
    const props = n.properties as Record<string, SwaggerNode> | undefined;
    if (props) {
      const properties: Record<string, SchemaNode> = {};
      for (const [k, v] of Object.entries(props)) properties[k] = this.node(v, definition, k);
      out.properties = properties;
      // Closed: the API server's strict decoder (kubectl's default) refuses unknown fields.
      out.additionalProperties = false;
      const required = this.required(definition, n.required);
      if (required.length > 0) out.required = required;
    } else if (n.additionalProperties && typeof n.additionalProperties === 'object') {
      // A map (labels, resources.limits, nodeSelector): open keys, typed values.
      out.additionalProperties = this.node(n.additionalProperties as SwaggerNode);
    }
    return out;
  }

  private required(definition: string | undefined, upstream: unknown): string[] {
    const list = Array.isArray(upstream) ? (upstream as string[]) : [];
    return list.filter(
      (p) =>
        !REQUIRED_ERRATA.some((e) => e.definition === definition && e.property === p && erratumApplies(e, this.version)),
    );
  }
}
