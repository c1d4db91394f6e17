import { GATED_FEATURES } from '../../k8s/features';
import { PodFailurePolicyAction } from '../../k8s/enums';
import { asArray, asObject } from '../../manifest/access';
import type { PathSegment } from '../../manifest/field-path';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { forbidden, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { FIELD_ADDED_IN, gateOn, type GatedFeatureName } from '../support/gates';
import { isSet, objectsOf } from '../support/values';

const JOB_SPEC_FIELDS = ['backoffLimitPerIndex', 'maxFailedIndexes', 'podReplacementPolicy', 'successPolicy', 'managedBy'] as const;

function message(feature: GatedFeatureName, version: KubernetesVersion): string {
  const { gate, since } = GATED_FEATURES[feature];
  const added = FIELD_ADDED_IN[feature];
  const why =
    added && !isAtLeast(version, added)
      ? `the field does not exist in batch/v1 before Kubernetes ${added}`
      : `feature gate ${gate} is off by default on Kubernetes ${version}, so the API server would silently drop the field from the Job`;
  return `not honoured on Kubernetes ${version}: ${why}; it takes effect from Kubernetes ${since}`;
}

/**
 * Section 4: fields whose gate is off by default on the target are dropped silently: by the Job
 * strategy's PrepareForCreate (for a CronJob, when its Jobs are created) and, for sidecar init
 * containers, by `pod.DropDisabledTemplateFields` for both kinds. A silently ignored field is
 * worse than an error, so this refuses them.
 */
export const featureGatedField = defineRule({
  id: 'feature-gated-field',
  severity: 'error',
  summary: 'a field whose feature gate is off by default on the target version must not be set',
  docs: DOCS.featureGates,
  appliesTo: ['Job', 'CronJob'],
  refs: ['featureGates'],
  hint: 'target the version named in the message (--kubernetes-version or kubernetesVersion in .cdk8s-jobs.yaml), or remove the field',
  constructHint: 'raise the cdk8s-jobs:kubernetesVersion context to the version named in the message, or remove the field',
  check(view) {
    const out: Finding[] = [];
    const report = (feature: GatedFeatureName, ...path: PathSegment[]) => {
      const since = GATED_FEATURES[feature].since;
      out.push(forbidden(view.at(...path), message(feature, view.version), { hint: `target Kubernetes ${since} or newer (--kubernetes-version ${since}), or remove the field`, constructHint: `set the cdk8s-jobs:kubernetesVersion context to "${since}" or newer, or remove the field` }));
    };
    for (const field of JOB_SPEC_FIELDS) {
      if (!gateOn(view, field) && isSet(view.rawSpec[field])) report(field, field);
    }
    if (!gateOn(view, 'failIndexAction')) {
      for (const { item, index } of objectsOf(asObject(view.rawSpec.podFailurePolicy)?.rules)) {
        if (item.action === PodFailurePolicyAction.FAIL_INDEX) report('failIndexAction', 'podFailurePolicy', 'rules', index, 'action');
      }
    }
    if (!gateOn(view, 'sidecarContainers')) {
      const initContainers = asArray(asObject(asObject(view.rawSpec.template)?.spec)?.initContainers);
      for (const { item, index } of objectsOf(initContainers)) {
        if (isSet(item.restartPolicy)) report('sidecarContainers', 'template', 'spec', 'initContainers', index, 'restartPolicy');
      }
    }
    return out;
  },
});
