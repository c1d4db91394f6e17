import { isAtLeast, type KubernetesVersion } from '../versions';
import { CATALOGUE, type CatalogueField, type FeatureGate, type GatedFeatureName } from './catalogue';

export type { GatedFeatureName } from './catalogue';

/**
 * A field (or a field's value) whose feature gate is off by default on some supported versions.
 * On those versions the API server accepts the field and silently drops it; the
 * `feature-gated-field` rule warns about it. Derived from the catalogue (`lib/k8s/catalogue.ts`).
 */
export interface GatedFeature {
  /** Feature gate name, as in the Kubernetes docs. */
  readonly gate: string;
  /** What the gate controls, for messages: a field path relative to the JobSpec. */
  readonly field: string;
  /** First version on which the gate is on by default; absent when it is off on every supported version. */
  readonly since?: KubernetesVersion;
  /** First version whose batch/v1 schema has the field. @default every supported version */
  readonly addedIn?: KubernetesVersion;
  /** True when a CronJob's job template loses the field too while the gate is off. @default false */
  readonly droppedFromCronJobTemplate?: boolean;
  /** First version that has the gate, when later than the field (see `FeatureGate.introducedIn`). */
  readonly introducedIn?: KubernetesVersion;
  /** Values the server keeps while the gate is off. @default none */
  readonly keptWhileOff?: readonly string[];
  /** The value the server writes in place of the field while the gate is off. @default none: removed */
  readonly resetWhileOff?: string;
  /** kubernetes.io page for the feature. */
  readonly docs: string;
}

function fromGate(gate: FeatureGate, field: string, docs: string, row?: Pick<CatalogueField, 'addedIn' | 'keptWhileOff' | 'resetWhileOff'>): GatedFeature {
  return {
    gate: gate.name,
    field,
    ...(gate.onByDefaultFrom !== 'never' ? { since: gate.onByDefaultFrom } : {}),
    ...(row?.addedIn ? { addedIn: row.addedIn } : {}),
    ...(gate.droppedFromCronJobTemplate ? { droppedFromCronJobTemplate: true } : {}),
    ...(gate.introducedIn ? { introducedIn: gate.introducedIn } : {}),
    ...(row?.keptWhileOff ? { keptWhileOff: row.keptWhileOff } : {}),
    ...(row?.resetWhileOff ? { resetWhileOff: row.resetWhileOff } : {}),
    docs,
  };
}

function gatedFeatures(): Record<GatedFeatureName, GatedFeature> {
  const out: Record<string, GatedFeature> = {};
  for (const row of CATALOGUE as readonly CatalogueField[]) {
    if (row.gate) out[row.feature ?? row.field] = fromGate(row.gate, row.describedAs ?? row.field, row.docs, row);
    for (const v of row.gatedValues ?? []) out[v.feature] = fromGate(v.gate, v.describedAs, v.docs);
  }
  return out as Record<GatedFeatureName, GatedFeature>;
}

/** The gated fields and values, keyed by their short name. */
export const GATED_FEATURES: Readonly<Record<GatedFeatureName, GatedFeature>> = gatedFeatures();

/**
 * True when the API server of `version` silently drops the field on create: the field is in
 * that version's schema and its gate exists there but is off by default.
 */
export function droppedOn(feature: GatedFeature, version: KubernetesVersion): boolean {
  const on = feature.since !== undefined && isAtLeast(version, feature.since);
  return !on && (feature.addedIn === undefined || isAtLeast(version, feature.addedIn)) && gateExists(feature, version);
}

/** False before the gate's first version (`introducedIn`): there the row says nothing; schema and validation judge the field. */
export function gateExists(feature: GatedFeature, version: KubernetesVersion): boolean {
  return feature.introducedIn === undefined || isAtLeast(version, feature.introducedIn);
}

/** A gated pod template field and where it sits in a pod spec (`volumes[].emptyDir.mode`). */
export interface GatedPodField {
  readonly feature: GatedFeatureName;
  readonly podPaths: readonly string[];
}

/** Every gated pod template field, in catalogue order. */
export const GATED_POD_FIELDS: readonly GatedPodField[] = (CATALOGUE as readonly CatalogueField[])
  .filter((row) => row.gate && row.podPaths)
  .map((row) => ({ feature: (row.feature ?? row.field) as GatedFeatureName, podPaths: row.podPaths ?? [] }));
