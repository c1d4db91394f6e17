import type { KubernetesVersion } from '../versions';
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
  /** kubernetes.io page for the feature. */
  readonly docs: string;
}

function fromGate(gate: FeatureGate, field: string, docs: string, addedIn?: KubernetesVersion): GatedFeature {
  return {
    gate: gate.name,
    field,
    ...(gate.onByDefaultFrom !== 'never' ? { since: gate.onByDefaultFrom } : {}),
    ...(addedIn ? { addedIn } : {}),
    ...(gate.droppedFromCronJobTemplate ? { droppedFromCronJobTemplate: true } : {}),
    docs,
  };
}

function gatedFeatures(): Record<GatedFeatureName, GatedFeature> {
  const out: Record<string, GatedFeature> = {};
  for (const row of CATALOGUE as readonly CatalogueField[]) {
    if (row.gate) out[row.feature ?? row.field] = fromGate(row.gate, row.describedAs ?? row.field, row.docs, row.addedIn);
    for (const v of row.gatedValues ?? []) out[v.feature] = fromGate(v.gate, v.describedAs, v.docs);
  }
  return out as Record<GatedFeatureName, GatedFeature>;
}

/** The gated fields and values, keyed by their short name. */
export const GATED_FEATURES: Readonly<Record<GatedFeatureName, GatedFeature>> = gatedFeatures();
