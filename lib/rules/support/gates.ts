import { GATED_FEATURES } from '../../k8s/features';
import type { JobView } from '../../manifest/job-view';
import { isAtLeast, type KubernetesVersion } from '../../versions';

/** A key of {@link GATED_FEATURES}. */
export type GatedFeatureName = keyof typeof GATED_FEATURES;

/** JobSpec fields that are not in the batch/v1 schema at all before this version. */
export const FIELD_ADDED_IN: Partial<Record<GatedFeatureName, KubernetesVersion>> = { successPolicy: '1.30', managedBy: '1.30' };

/** True when the feature's gate is on by default on the view's target. */
export function gateOn(view: JobView, feature: GatedFeatureName): boolean {
  return isAtLeast(view.version, GATED_FEATURES[feature].since);
}

/**
 * True when the server validates the field on create. The Job strategy's PrepareForCreate
 * drops JobSpec fields whose gate is off (kubernetes `pkg/registry/batch/job/strategy.go`), so
 * for a Job that follows the gate. The CronJob strategy only drops disabled *pod template*
 * fields (`pkg/registry/batch/cronjob/strategy.go` PrepareForCreate →
 * `pod.DropDisabledTemplateFields`), so a CronJob's jobTemplate is validated whenever the field
 * exists in the schema; its Jobs lose the field later. `feature-gated-field` reports both.
 */
export function validatesField(view: JobView, feature: GatedFeatureName): boolean {
  if (view.kind === 'Job' || feature === 'sidecarContainers') return gateOn(view, feature);
  const added = FIELD_ADDED_IN[feature];
  return added === undefined || isAtLeast(view.version, added);
}
