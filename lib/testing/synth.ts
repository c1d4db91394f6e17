import type { App, Chart } from 'cdk8s';
import type { KubernetesVersion } from '../versions';
import { synthesizeScope, targetVersionOf, type Manifest } from './documents';
import { count, formatManifestViolations, lintBatchManifests, type ManifestViolation } from './findings';
import { markManifests } from './serializer';

/** Options for {@link synthManifests} and {@link violationsOf}. */
export interface SynthManifestsOptions {
  /**
   * The Kubernetes version to judge the manifests against, one of `KUBERNETES_VERSIONS`.
   * @default the context `cdk8s-jobs:kubernetesVersion` of the app, else "1.28"
   */
  readonly kubernetesVersion?: string;
}

/**
 * Thrown by {@link synthManifests} when a synthesized Job or CronJob has errors (objects the API
 * server would refuse). The message lists every error, grouped by object.
 */
export class ManifestValidationError extends Error {
  constructor(
    /** Every error, in document order. */
    readonly violations: readonly ManifestViolation[],
    /** The version the manifests were judged against. */
    readonly kubernetesVersion: KubernetesVersion,
  ) {
    super(
      `${count(violations.length, 'error')} in the synthesized manifests (Kubernetes ${kubernetesVersion}):\n\n` +
        formatManifestViolations(violations),
    );
    this.name = 'ManifestValidationError';
  }
}

/**
 * The manifests of a chart (or of every chart of an app, in the order `cdk8s synth` writes them)
 * as plain objects, after the rule engine has judged every batch Job and CronJob in them, whether
 * written with this library, cdk8s-plus or a plain `ApiObject`. Warnings never throw. The result
 * is marked for `manifestSerializer` (snapshots print it as YAML).
 * @throws ManifestValidationError listing every error, when there is at least one
 */
export function synthManifests(scope: Chart | App, options: SynthManifestsOptions = {}): Manifest[] {
  const docs = synthesizeScope(scope);
  const kubernetesVersion = targetVersionOf(scope, options.kubernetesVersion);
  const errors = lintBatchManifests(docs, kubernetesVersion).filter((v) => v.severity === 'error');
  if (errors.length > 0) throw new ManifestValidationError(errors, kubernetesVersion);
  return markManifests(docs.map((d) => markManifests(d.manifest)));
}

/**
 * Every finding (errors and warnings) for the batch Jobs and CronJobs of a chart or app, so tests
 * can assert on rule ids and paths rather than prose. Never throws on findings.
 */
export function violationsOf(scope: Chart | App, options: SynthManifestsOptions = {}): ManifestViolation[] {
  return lintBatchManifests(synthesizeScope(scope), targetVersionOf(scope, options.kubernetesVersion));
}
