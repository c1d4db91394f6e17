import { CATALOGUE, type CatalogueField } from '../../k8s/catalogue';
import { GATED_FEATURES, GATED_POD_FIELDS, droppedOn, gateExists } from '../../k8s/features';
import { asObject } from '../../manifest/access';
import { parsePodPath, pathTrie, setAtAll, type PathTrie, type PodPathStep } from '../../manifest/pod-paths';
import type { PathSegment } from '../../manifest/field-path';
import { isAtLeast, KUBERNETES_VERSIONS, type KubernetesVersion } from '../../versions';
import { forbidden, type Finding } from '../findings';
import { defineRule, type Trigger } from '../rule';
import { DOCS } from '../support/docs';
import { fieldExists, gateOnAt, type GatedFeatureName } from '../support/gates';
import { isSet, objectsOf } from '../support/values';
import { podPathTrigger } from '../triggers';

/** The gated JobSpec fields and the gated pod failure policy actions, from the catalogue. */
const ROWS = CATALOGUE as readonly CatalogueField[];
const JOB_SPEC_FIELDS = ROWS.filter((r) => r.definition === 'batch.JobSpec' && r.gate).map((r) => r.field as GatedFeatureName);
const POD_ROWS = GATED_POD_FIELDS.map((f) => ({ feature: f.feature, paths: f.podPaths.map(parsePodPath) }));
const GATED_ACTIONS = ROWS.filter((r) => r.definition === 'batch.PodFailurePolicyRule' && r.field === 'action').flatMap((r) => r.gatedValues ?? []);

/** Every field the rule looks at on some version: the gated JobSpec fields, the failure policy's actions, the gated pod paths. */
const TRIGGERS: readonly Trigger[] = [
  ...new Set<Trigger>([
    ...JOB_SPEC_FIELDS.map((field): Trigger => `job.${field}`),
    ...(GATED_ACTIONS.length > 0 ? (['job.podFailurePolicy'] as const) : []),
    ...GATED_POD_FIELDS.flatMap((f) => f.podPaths.map(podPathTrigger)),
  ]),
];

/** Whether a gated pod field is dropped or refused at `version` (before its gate exists the row does not apply). */
function podRowApplies(feature: GatedFeatureName, version: KubernetesVersion): boolean {
  const gated = GATED_FEATURES[feature];
  if (!gateExists(gated, version)) return false;
  const exists = gated.addedIn === undefined || isAtLeast(version, gated.addedIn);
  return droppedOn(gated, version) || !exists;
}

/**
 * What is off on each supported version, worked out once from the catalogue: the rule runs on
 * every document, and on a recent target almost every gate is on.
 */
const OFF_BY_VERSION = Object.fromEntries(
  KUBERNETES_VERSIONS.map((version) => [
    version,
    {
      jobSpecFields: JOB_SPEC_FIELDS.filter((field) => !gateOnAt(version, field)),
      actions: GATED_ACTIONS.filter((gated) => !gateOnAt(version, gated.feature as GatedFeatureName)),
      podPaths: podPathsOff(version),
    },
  ]),
) as Record<KubernetesVersion, { jobSpecFields: GatedFeatureName[]; actions: typeof GATED_ACTIONS; podPaths: PodPathsOff }>;

/** The gated pod paths that apply on a version, in catalogue order, merged into one trie. */
interface PodPathsOff {
  readonly trie: PathTrie;
  /** By path index: the feature and the values its drop keeps. */
  readonly rows: ReadonlyArray<{ readonly feature: GatedFeatureName; readonly kept: readonly string[] }>;
}

function podPathsOff(version: KubernetesVersion): PodPathsOff {
  const paths: PodPathStep[][] = [];
  const rows: Array<PodPathsOff['rows'][number]> = [];
  for (const row of POD_ROWS.filter((r) => podRowApplies(r.feature, version))) {
    for (const steps of row.paths) {
      paths.push(steps);
      rows.push({ feature: row.feature, kept: GATED_FEATURES[row.feature].keptWhileOff ?? [] });
    }
  }
  return { trie: pathTrie(paths), rows };
}

function takesEffect(feature: GatedFeatureName): string {
  const { since } = GATED_FEATURES[feature];
  return since ? `it takes effect from Kubernetes ${since}` : 'the gate is alpha (off by default) on every supported version';
}

function message(feature: GatedFeatureName, version: KubernetesVersion): string {
  const { gate, resetWhileOff } = GATED_FEATURES[feature];
  const outcome = resetWhileOff === undefined ? 'silently drops the field' : `silently resets the field to "${resetWhileOff}"`;
  const why = `feature gate ${gate} is off by default on Kubernetes ${version}, so the API server accepts the object and ${outcome}`;
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
  triggers: TRIGGERS,
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
    const off = OFF_BY_VERSION[view.version];
    // Indexed loops: the rule runs on most documents, many of them before V8 optimises it.
    for (let i = 0; i < off.jobSpecFields.length; i++) {
      const field = off.jobSpecFields[i];
      if (isSet(view.rawSpec[field])) report(field, field);
    }
    const policyRules = asObject(view.rawSpec.podFailurePolicy)?.rules;
    if (policyRules !== undefined) {
      for (let a = 0; a < off.actions.length; a++) {
        const gated = off.actions[a];
        const feature = gated.feature as GatedFeatureName;
        for (const { item, index } of objectsOf(policyRules)) {
          if (item.action === gated.value) report(feature, 'podFailurePolicy', 'rules', index, 'action');
        }
      }
    }
    const podSpec = asObject(view.rawSpec.template)?.spec;
    if (podSpec !== undefined) {
      const set = setAtAll(podSpec, off.podPaths.trie);
      for (let i = 0; i < set.length; i++) {
        const { index, path, value } = set[i];
        const { feature, kept } = off.podPaths.rows[index];
        if (!(typeof value === 'string' && kept.includes(value))) report(feature, 'template', 'spec', ...path);
      }
    }
    return out;
  },
});
