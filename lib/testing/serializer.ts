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

/** Marks what {@link manifestSerializer} prints; registered, so every copy of this package sees it. */
const MARK = Symbol.for('cdk8s-jobs.manifestSnapshot');

/**
 * Marks a manifest, or a list of manifests, for {@link manifestSerializer}, and returns it.
 * `synthManifests` marks what it returns (the list and each manifest); mark other values, such
 * as `Testing.synth(chart)`, to snapshot them as YAML too. The mark is a non-enumerable property:
 * equality matchers and JSON ignore it.
 * @throws TypeError when `value` is not a manifest or a non-empty list of manifests
 */
export function markManifests<T extends Manifest | readonly Manifest[]>(value: T): T {
  if (!isManifest(value) && !isManifestList(value)) throw new TypeError('markManifests: expected a manifest or a non-empty list of manifests');
  if (!isMarked(value)) Object.defineProperty(value, MARK, { value: true, enumerable: false });
  return value;
}

function isMarked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [MARK]?: true })[MARK] === true;
}

/** A marked manifest, a marked list, or a list of marked manifests (`synthManifests(...).filter(...)`). */
function isMarkedManifests(value: unknown): boolean {
  if (isManifest(value)) return isMarked(value);
  return isManifestList(value) && (isMarked(value) || value.every(isMarked));
}

/**
 * Snapshot serializer printing the manifests `synthManifests` returned (or that
 * {@link markManifests} marked) as the YAML `cdk8s synth` writes ({@link toYaml}), one `---`
 * separated document per object. Any other value, such as the array `Testing.synth` returns,
 * prints as it would without this serializer, so registering it changes no existing snapshot.
 * It applies to the value passed to `expect` itself; manifests nested in other values print as
 * usual. Nothing is masked: the hashes cdk8s adds to names and to the `cdk8s.io/metadata.addr`
 * label are derived from the construct path, so they are stable across runs and change only
 * when the object's identity does.
 */
export const manifestSerializer: SnapshotSerializer = {
  test: isMarkedManifests,
  serialize(value, config, indentation, depth, refs, printer) {
    if (depth > 0) {
      const plugins = config.plugins.filter((p) => p !== manifestSerializer);
      return printer(value, { ...config, plugins }, indentation, depth, refs);
    }
    return toYaml(value as Manifest | Manifest[]).trimEnd();
  },
};
