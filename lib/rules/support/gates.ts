import { VALIDATION_CHANGES, type ValidationChangeName } from '../../k8s/catalogue';
import { GATED_FEATURES, type GatedFeatureName } from '../../k8s/features';
import type { JobView } from '../../manifest/job-view';
import { isAtLeast, type KubernetesVersion } from '../../versions';

export type { GatedFeatureName } from '../../k8s/features';

/** True when the feature's gate is on by default on the view's target. */
export function gateOn(view: JobView, feature: GatedFeatureName): boolean {
  return gateOnAt(view.version, feature);
}

/** True when the feature's gate is on by default on `version`. */
export function gateOnAt(version: KubernetesVersion, feature: GatedFeatureName): boolean {
  const since = GATED_FEATURES[feature].since;
  return since !== undefined && isAtLeast(version, since);
}

/** True when the field is in the batch/v1 schema of the view's target. */
export function fieldExists(view: JobView, feature: GatedFeatureName): boolean {
  return fieldExistsIn(view.version, feature);
}

/** {@link fieldExists} for a version. */
export function fieldExistsIn(version: KubernetesVersion, feature: GatedFeatureName): boolean {
  const added = GATED_FEATURES[feature].addedIn;
  return added === undefined || isAtLeast(version, added);
}

/** True when the target validates as the catalogue's {@link VALIDATION_CHANGES} entry says. */
export function validationChanged(version: KubernetesVersion, change: ValidationChangeName): boolean {
  return isAtLeast(version, VALIDATION_CHANGES[change].since);
}

/**
 * True when the server validates the field on create. The Job strategy's PrepareForCreate
 * drops JobSpec fields whose gate is off (kubernetes `pkg/registry/batch/job/strategy.go`), so
 * for a Job that follows the gate. The CronJob strategy drops disabled *pod template* fields
 * (`pod.DropDisabledTemplateFields`) and, from 1.37, the JobSpec fields that
 * `job.DropDisabledFields` handles (`droppedFromCronJobTemplate`); any other field of a CronJob's
 * jobTemplate is validated whenever it exists in the schema, and its Jobs lose it later.
 * `feature-gated-field` reports both.
 */
export function validatesField(view: JobView, feature: GatedFeatureName): boolean {
  if (view.kind === 'Job' || feature === 'sidecarContainers' || GATED_FEATURES[feature].droppedFromCronJobTemplate) return gateOn(view, feature);
  return fieldExists(view, feature);
}
