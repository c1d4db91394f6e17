import Ajv, { type ValidateFunction } from 'ajv';
import type { ManifestKind } from '../manifest/job-view';
import type { KubernetesVersion } from '../versions';
import { loadSchema } from './schema-files';
import type { SchemaNode } from './schema-walk';

/** A compiled validator and the generated schema it was compiled from. */
export interface CompiledSchema {
  readonly validate: ValidateFunction;
  /** The schema file as generated (standalone, `#/definitions/...` refs), for paths and hints. */
  readonly schema: SchemaNode;
}

const DEFINITIONS_REF = '"#/definitions/';
let ajv: Ajv | undefined;
const compiled = new Map<string, CompiledSchema>();
const sharedDefinitions = new Map<KubernetesVersion, string>();

/**
 * The compiled validator of one version and kind. Compiled on first use and kept for the life of
 * the process (module-level cache), in one shared ajv instance.
 *
 * Job and CronJob of a version share their definitions (pod spec, JobSpec, ...): both files'
 * definitions are added once as one schema and each root refers into it, so the second kind
 * compiles in ~10 ms instead of ~100 ms (bench/schema.ts).
 *
 * ajv options: `allErrors` (report every problem at once), `strict` (unknown keywords or
 * ambiguous schemas are bugs in the generator, not something to ignore), `allowUnionTypes`
 * (the schemas say `type: ["string", "null"]` because Go's decoder accepts null anywhere),
 * `inlineRefs: false` (each definition becomes one function instead of being copied into every
 * place that refers to it: ~30% faster to compile, same errors), `code.optimize: false` (skips
 * ajv's code optimisation pass: ~40% faster to compile, ~25% fewer validations per second; a
 * synth or lint run validates a handful of documents, so compile time is what counts).
 */
export function compiledSchema(version: KubernetesVersion, kind: ManifestKind): CompiledSchema {
  const key = `${version}/${kind}`;
  let entry = compiled.get(key);
  if (!entry) {
    ajv ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false, code: { optimize: false } });
    const schema = loadSchema(version, kind) as SchemaNode;
    const id = definitionsId(ajv, version);
    const { definitions: _shared, ...root } = schema;
    const rooted = JSON.parse(JSON.stringify(root).split(DEFINITIONS_REF).join(`"${id}#/definitions/`)) as SchemaNode;
    entry = { validate: ajv.compile(rooted), schema };
    compiled.set(key, entry);
  }
  return entry;
}

/** Adds the union of the Job and CronJob definitions of `version` to ajv (once); returns its `$id`. */
function definitionsId(instance: Ajv, version: KubernetesVersion): string {
  let id = sharedDefinitions.get(version);
  if (!id) {
    id = `https://schemas.cdk8s-jobs.invalid/v${version}/definitions.json`;
    const definitions = {
      ...(loadSchema(version, 'Job').definitions as object),
      ...(loadSchema(version, 'CronJob').definitions as object),
    };
    instance.addSchema({ $id: id, definitions });
    sharedDefinitions.set(version, id);
  }
  return id;
}
