import { CATALOGUE, type CatalogueField } from '../../k8s/catalogue';
import { GATED_FEATURES } from '../../k8s/features';
import { asArray, asObject } from '../../manifest/access';
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
const POD_ROWS = ROWS.filter((r) => r.gate && r.podPaths).map((r) => ({ feature: (r.feature ?? r.field) as GatedFeatureName, paths: (r.podPaths ?? []).map(parsePath) }));
const GATED_ACTIONS = ROWS.filter((r) => r.definition === 'batch.PodFailurePolicyRule' && r.field === 'action').flatMap((r) => r.gatedValues ?? []);

/** `volumes[].emptyDir.mode` as steps: a key, or `each` for every item of the list under a key. */
function parsePath(path: string): ReadonlyArray<{ key: string; each: boolean }> {
  return path.split('.').map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
}

/** Every place a pod-relative path reaches with a set value, as path segments from the pod spec. */
function setAt(root: unknown, steps: ReadonlyArray<{ key: string; each: boolean }>): PathSegment[][] {
  let frontier: Array<{ value: unknown; path: PathSegment[] }> = [{ value: root, path: [] }];
  for (const step of steps) {
    const next: typeof frontier = [];
    for (const { value, path } of frontier) {
      const child = asObject(value)?.[step.key];
      if (!step.each) next.push({ value: child, path: [...path, step.key] });
      else for (const { item, index } of objectsOf(asArray(child))) next.push({ value: item, path: [...path, step.key, index] });
    }
    frontier = next;
  }
  return frontier.filter((f) => isSet(f.value)).map((f) => f.path);
}

function takesEffect(feature: GatedFeatureName): string {
  const { since } = GATED_FEATURES[feature];
  return since ? `it takes effect from Kubernetes ${since}` : 'the gate is alpha (off by default) on every supported version';
}

function message(feature: GatedFeatureName, version: KubernetesVersion): string {
  const { gate } = GATED_FEATURES[feature];
  const why = `feature gate ${gate} is off by default on Kubernetes ${version}, so the API server accepts the object and silently drops the field`;
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
 * decoding refuses it: that is the schema's unknown-field error, whose hint names the version.
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
    // A field the target's schema does not have yet is the schema's unknown field (strict
    // decoding refuses it before anything is dropped), with a hint that names the version.
    const report = (feature: GatedFeatureName, ...path: PathSegment[]) => {
      if (fieldExists(view, feature)) out.push(forbidden(view.at(...path), message(feature, view.version), hints(feature)));
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
      if (gateOn(view, feature) || podSpec === undefined) continue;
      for (const steps of paths) for (const path of setAt(podSpec, steps)) report(feature, 'template', 'spec', ...path);
    }
    return out;
  },
});
