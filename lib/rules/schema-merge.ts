import type { JobView } from '../manifest/job-view';
import { SCHEMA_RULE } from '../schema/validate-manifest';
import type { Violation, ViolationType } from '../violation';
import { droppedPodFailurePolicyRulePaths } from './support/job-spec';
import { imageVolumeDropPaths } from './support/volumes';

/** Schema finding types that validation reports, not strict decoding. */
const VALIDATION_TYPES: ReadonlySet<ViolationType> = new Set<ViolationType>(['FieldValueNotSupported', 'FieldValueRequired']);

/**
 * One document's schema and rule findings as the API server would report them on create. The
 * schema judges the manifest as written; the server decodes it that way, then drops what is
 * gated off and validates the rest, which is what the rules judge. So:
 * - A field the decoder cannot read (wrong JSON type, a quantity or time that does not parse, an
 *   integer too wide: the schema's `Invalid value`) stops the server before validation: the
 *   schema's finding is kept, and a rule's error at that field (`Required value` for a
 *   `containers` mapping) is dropped.
 * - The schema's validation findings (enums, required fields) move where the server validates
 *   them: a part it removes first is never checked (a FailIndex rule without the gate, an image
 *   volume and its mounts with ImageVolume off), and the volumes and mounts after a dropped one
 *   move up the list.
 * - Where a rule and the schema both report an error at the same field, only the rule's finding
 *   is kept: it carries the server's wording and a specific hint.
 */
export function mergeSchemaFindings(schema: readonly Violation[], rules: readonly Violation[], view: JobView | undefined): Violation[] {
  if (schema.length === 0) return [...rules];
  const undecodable = new Set(schema.filter(isDecodingTypeError).map((v) => v.path));
  const reached = undecodable.size === 0 ? rules : rules.filter((v) => v.severity !== 'error' || !undecodable.has(v.path));
  const ruleErrorPaths = new Set(reached.filter((v) => v.severity === 'error').map((v) => v.path));
  const validated = view ? schema.flatMap(validatedAt(view)) : schema;
  return [...validated.filter((v) => !ruleErrorPaths.has(v.path)), ...reached];
}

/** A schema finding of the decoding stage about a value: every schema `Invalid value` is a type, format or width error. */
function isDecodingTypeError(v: Violation): boolean {
  return v.rule === SCHEMA_RULE && v.type === 'FieldValueInvalid';
}

/** A schema finding where the server validates it: none, when the part is dropped first. */
function validatedAt(view: JobView): (v: Violation) => Violation[] {
  const droppedRules = droppedPodFailurePolicyRulePaths(view).map((p) => `${p}.`);
  const moved = imageVolumeDropPaths(view);
  return (v) => {
    if (!v.type || !VALIDATION_TYPES.has(v.type)) return [v];
    if (droppedRules.some((p) => v.path.startsWith(p))) return [];
    const path = moved ? moved(v.path) : v.path;
    if (path === undefined) return [];
    return [path === v.path ? v : { ...v, path }];
  };
}
