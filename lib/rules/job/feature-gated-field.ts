import { CATALOGUE, type CatalogueField } from '../../k8s/catalogue';
import { GATED_FEATURES } from '../../k8s/features';
import { asArray, asObject } from '../../manifest/access';
import type { PathSegment } from '../../manifest/field-path';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from '../../versions';
import { forbidden, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { fieldExists, gateOnAt, type GatedFeatureName } from '../support/gates';
import { isSet, objectsOf } from '../support/values';

/** The gated JobSpec fields and the gated pod failure policy actions, from the catalogue. */
const ROWS = CATALOGUE as readonly CatalogueField[];
const JOB_SPEC_FIELDS = ROWS.filter((r) => r.definition === 'batch.JobSpec' && r.gate).map((r) => r.field as GatedFeatureName);
const POD_ROWS = ROWS.filter((r) => r.gate && r.podPaths).map((r) => ({ feature: (r.feature ?? r.field) as GatedFeatureName, paths: (r.podPaths ?? []).map(parsePath) }));
const GATED_ACTIONS = ROWS.filter((r) => r.definition === 'batch.PodFailurePolicyRule' && r.field === 'action').flatMap((r) => r.gatedValues ?? []);

/**
 * What is off by default on each supported version, worked out once from the catalogue: the rule
 * runs on every document, and on a recent target almost every gate is on.
 */
const OFF_BY_VERSION = Object.fromEntries(
  KUBERNETES_VERSIONS.map((version) => [
    version,
    {
      jobSpecFields: JOB_SPEC_FIELDS.filter((field) => !gateOnAt(version, field)),
      actions: GATED_ACTIONS.filter((gated) => !gateOnAt(version, gated.feature as GatedFeatureName)),
      podRows: POD_ROWS.filter((row) => !gateOnAt(version, row.feature)),
    },
  ]),
) as Record<KubernetesVersion, { jobSpecFields: GatedFeatureName[]; actions: typeof GATED_ACTIONS; podRows: typeof POD_ROWS }>;

/** `volumes[].emptyDir.mode` as steps: a key, or `each` for every item of the list under a key. */
function parsePath(path: string): ReadonlyArray<{ key: string; each: boolean }> {
  return path.split('.').map((part) => (part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
}

/**
 * Every place a pod-relative path reaches with a set value, as path segments from the pod spec,
 * in document order. Walked depth first, copying a path only where a value is found: the rule
 * runs this for every gated pod path of every document, and almost all of them reach nothing.
 */
function setAt(root: unknown, steps: ReadonlyArray<{ key: string; each: boolean }>): PathSegment[][] {
  const found: PathSegment[][] = [];
  const path: PathSegment[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth === steps.length) {
      if (isSet(value)) found.push([...path]);
      return;
    }
    const step = steps[depth];
    const child = asObject(value)?.[step.key];
    if (child === undefined) return;
    path.push(step.key);
    if (!step.each) visit(child, depth + 1);
    else {
      const items = asArray(child) ?? [];
      for (let index = 0; index < items.length; index++) {
        if (!asObject(items[index])) continue;
        path.push(index);
        visit(items[index], depth + 1);
        path.pop();
      }
    }
    path.pop();
  };
  visit(root, 0);
  return found;
}

function takesEffect(feature: GatedFeatureName): string {
  const { since } = GATED_FEATURES[feature];
  return since ? `it takes effect from Kubernetes ${since}` : 'the gate is alpha (off by default) on every supported version';
}

function message(feature: GatedFeatureName, version: KubernetesVersion, exists: boolean): string {
  const { gate, addedIn } = GATED_FEATURES[feature];
  const why = exists
    ? `feature gate ${gate} is off by default on Kubernetes ${version}, so the API server accepts the object and silently drops the field`
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
    const off = OFF_BY_VERSION[view.version];
    for (const field of off.jobSpecFields) {
      if (isSet(view.rawSpec[field])) report(field, field);
    }
    for (const gated of off.actions) {
      const feature = gated.feature as GatedFeatureName;
      for (const { item, index } of objectsOf(asObject(view.rawSpec.podFailurePolicy)?.rules)) {
        if (item.action === gated.value) report(feature, 'podFailurePolicy', 'rules', index, 'action');
      }
    }
    const podSpec = asObject(view.rawSpec.template)?.spec;
    if (podSpec !== undefined) {
      for (const { feature, paths } of off.podRows) {
        for (const steps of paths) for (const path of setAt(podSpec, steps)) report(feature, 'template', 'spec', ...path);
      }
    }
    return out;
  },
});
