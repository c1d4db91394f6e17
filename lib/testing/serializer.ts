import { Yaml } from 'cdk8s';
import type { Manifest } from './documents';

/** True for a plain object with a string `apiVersion` and `kind`: a Kubernetes manifest. */
export function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const m = value as Manifest;
  return typeof m.apiVersion === 'string' && typeof m.kind === 'string';
}

/** True for a non-empty array of manifests, such as the result of `synthManifests`. */
export function isManifestList(value: unknown): value is Manifest[] {
  return Array.isArray(value) && value.length > 0 && value.every(isManifest);
}

/**
 * Manifests as YAML, byte for byte as `cdk8s synth` writes them: cdk8s's `Yaml.stringify` (YAML
 * 1.1, no line wrapping, `---` between documents) with keys in the order cdk8s emits them. That
 * order is cdk8s's, not re-sorted here: `ApiObject` sorts keys alphabetically, while the generated
 * `Kube*` classes that cdk8s-plus uses emit `apiVersion`, `kind`, `metadata` first, then fields
 * in schema order. `undefined` values are dropped as in JSON; `null` values are kept.
 */
export function toYaml(manifests: Manifest | readonly Manifest[]): string {
  const docs = Array.isArray(manifests) ? manifests : [manifests];
  return Yaml.stringify(...docs.map(withoutUndefined));
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) copy[key] = withoutUndefined(v);
  return copy;
}

/** The pretty-format plugin shape shared by vitest and jest (`expect.addSnapshotSerializer`). */
export interface SnapshotSerializer {
  test(value: unknown): boolean;
  serialize(
    value: unknown,
    config: { readonly plugins: readonly unknown[] },
    indentation: string,
    depth: number,
    refs: unknown[],
    printer: (value: unknown, config: any, indentation: string, depth: number, refs: unknown[]) => string,
  ): string;
}

/**
 * Snapshot serializer printing a manifest, or a list of manifests, as the YAML `cdk8s synth`
 * writes ({@link toYaml}), one `---` separated document per object. It applies to the value
 * passed to `expect` itself; manifests nested in other values print as usual. Nothing is masked:
 * the hashes cdk8s adds to names and to the `cdk8s.io/metadata.addr` label are derived from the
 * construct path, so they are stable across runs and change only when the object's identity does.
 */
export const manifestSerializer: SnapshotSerializer = {
  test: (value) => isManifest(value) || isManifestList(value),
  serialize(value, config, indentation, depth, refs, printer) {
    if (depth > 0) {
      const plugins = config.plugins.filter((p) => p !== manifestSerializer);
      return printer(value, { ...config, plugins }, indentation, depth, refs);
    }
    return toYaml(value as Manifest | Manifest[]).trimEnd();
  },
};
