import { CATALOGUE, type CatalogueField } from '../../k8s/catalogue';
import { GATED_FEATURES, GATED_POD_FIELDS, droppedOn, gateExists } from '../../k8s/features';
import { asObject } from '../../manifest/access';
import { parsePodPath, setAt } from '../../manifest/pod-paths';
import type { PathSegment } from '../../manifest/field-path';
import type { KubernetesVersion } from '../../versions';
import { forbidden, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { fieldExists, gateOn, type GatedFeatureName } from '../support/gates';
import { isSet, objectsOf } from '../support/values';

/** The gated JobSpec fields and the gated pod failure policy actions, from the catalogue. */
const ROWS = CATALOGUE as readonly CatalogueField[];
const JOB_SPEC_FIELDS = ROWS.filter((r) => r.definition === 'batch.JobSpec' && r.gate).map((r) => r.field as GatedFeatureName);
const POD_ROWS = GATED_POD_FIELDS.map((f) => ({ feature: f.feature, paths: f.podPaths.map(parsePodPath) }));
const GATED_ACTIONS = ROWS.filter((r) => r.definition === 'batch.PodFailurePolicyRule' && r.field === 'action').flatMap((r) => r.gatedValues ?? []);

function takesEffect(feature: GatedFeatureName): string {
  const { since } = GATED_FEATURES[feature];
  return since ? `it takes effect from Kubernetes ${since}` : 'the gate is alpha (off by default) on every supported version';
}

function message(feature: GatedFeatureName, version: KubernetesVersion, exists: boolean): string {
  const { gate, addedIn, resetWhileOff } = GATED_FEATURES[feature];
  const outcome = resetWhileOff === undefined ? 'silently drops the field' : `silently resets the field to "${resetWhileOff}"`;
  const why = exists
    ? `feature gate ${gate} is off by default on Kubernetes ${version}, so the API server accepts the object and ${outcome}`
    : `the field does not exist in batch/v1 before Kubernetes ${addedIn}`;
  return `not honoured on Kubernetes ${version}: ${why}; ${takesEffect(feature)}`;
}

function hints(feature: GatedFeatureName): { hint: string; constructHint: string } {
  const { since } = GATED_FEATURES[feature];
  if (!since) {
    const hint = 'remove the field: no supported Kubernetes version honours it by default';
    return { hint, constructHint: hint };
  }
  return {
    hint: `target Kubernetes ${since} or newer (--kubernetes-version ${since}), or remove the field`,
    constructHint: `set the cdk8s-jobs:kubernetesVersion context to "${since}" or newer, or remove the field`,
  };
}

/**
 * Section 4: fields whose gate is off by default on the target. Where the field exists in the
 * target's schema, the server accepts the object and drops the field silently (the Job strategy's
 * PrepareForCreate, for a CronJob when its Jobs are created, and `pod.DropDisabledTemplateFields`
 * for sidecar init containers): a warning, since the server does not refuse it, but one that says
 * the field will have no effect. Where the field is not in the target's schema at all, strict
 * decoding refuses it: an error, worded here rather than as a bare unknown field.
 */
export const featureGatedField = defineRule({
  id: 'feature-gated-field',
  severity: 'warning',
  summary: 'a field whose feature gate is off by default on the target version has no effect',
  docs: DOCS.featureGates,
  appliesTo: ['Job', 'CronJob'],
  refs: ['featureGates'],
  hint: 'target the version named in the message (--kubernetes-version or kubernetesVersion in .cdk8s-jobs.yaml), or remove the field',
  constructHint: 'raise the cdk8s-jobs:kubernetesVersion context to the version named in the message, or remove the field',
  check(view) {
    const out: Finding[] = [];
    const report = (feature: GatedFeatureName, ...path: PathSegment[]) => {
      const exists = fieldExists(view, feature);
      out.push(forbidden(view.at(...path), message(feature, view.version, exists), { ...hints(feature), severity: exists ? 'warning' : 'error' }));
    };
    for (const field of JOB_SPEC_FIELDS) {
      if (!gateOn(view, field) && isSet(view.rawSpec[field])) report(field, field);
    }
    for (const gated of GATED_ACTIONS) {
      const feature = gated.feature as GatedFeatureName;
      if (gateOn(view, feature)) continue;
      for (const { item, index } of objectsOf(asObject(view.rawSpec.podFailurePolicy)?.rules)) {
        if (item.action === gated.value) report(feature, 'podFailurePolicy', 'rules', index, 'action');
      }
    }
    const podSpec = asObject(view.rawSpec.template)?.spec;
    for (const { feature, paths } of POD_ROWS) {
      const gated = GATED_FEATURES[feature];
      // Dropped, or refused by strict decoding; before its gate exists the row does not apply.
      if (podSpec === undefined || !gateExists(gated, view.version)) continue;
      if (!droppedOn(gated, view.version) && fieldExists(view, feature)) continue;
      const kept = gated.keptWhileOff ?? [];
      for (const steps of paths) {
        for (const { path, value } of setAt(podSpec, steps)) if (!(typeof value === 'string' && kept.includes(value))) report(feature, 'template', 'spec', ...path);
      }
    }
    return out;
  },
});
