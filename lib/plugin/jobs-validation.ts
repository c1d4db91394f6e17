import { lintManifest } from '../lint';
import { batchKindOf } from '../manifest/classify';
import { resolveKubernetesVersion, type KubernetesVersion } from '../versions';
import type { Validation, ValidationContext } from './cdk8s-cli-types';
import { toReportEntries, type LocatedViolation } from './report-entries';

/** The `properties` of the plugin in `cdk8s.yaml`. */
export interface JobsValidationProps {
  /**
   * The Kubernetes version to judge against, one of `KUBERNETES_VERSIONS`. Quote it in YAML: `1.30`
   * unquoted is the number 1.3.
   * @default "1.28"
   */
  readonly kubernetesVersion?: string;
}

/**
 * Validation plugin for `cdk8s synth`: lints every batch/v1 Job and CronJob the app synthesized
 * (from this library, cdk8s-plus or a plain `ApiObject`) with the same rule engine as synth-time
 * validation and the `cdk8s-jobs` CLI. Errors fail the synth (exit code 2); warnings are
 * reported and pass. Configure it in `cdk8s.yaml`:
 *
 * ```yaml
 * validations:
 *   - package: cdk8s-jobs
 *     version: 0.1.0
 *     class: JobsValidation
 *     properties:
 *       kubernetesVersion: "1.30"
 * ```
 */
export class JobsValidation implements Validation {
  /** The version every object is judged against. */
  readonly kubernetesVersion: KubernetesVersion;

  /** @throws UnsupportedKubernetesVersionError for an unsupported `kubernetesVersion` */
  constructor(props: JobsValidationProps = {}) {
    this.kubernetesVersion = resolveKubernetesVersion(props.kubernetesVersion);
  }

  /** Lints every synthesized Job and CronJob, reports each finding, and submits the report. */
  async validate(context: ValidationContext): Promise<void> {
    const findings: LocatedViolation[] = [];
    let objects = 0;
    for (const manifestPath of context.manifests) {
      for (const doc of context.parseManifest(manifestPath)) {
        if (!batchKindOf(doc)) continue;
        objects++;
        const resourceName = typeof doc.metadata?.name === 'string' ? doc.metadata.name : '(no name)';
        for (const violation of lintManifest(doc, { kubernetesVersion: this.kubernetesVersion })) {
          findings.push({ violation, resourceName, manifestPath });
        }
      }
    }
    for (const entry of toReportEntries(findings)) context.report.addViolation(entry);
    const errors = findings.filter((f) => f.violation.severity === 'error').length;
    context.report.submit(errors > 0 ? 'failure' : 'success', {
      'Kubernetes version': this.kubernetesVersion,
      'Jobs and CronJobs': String(objects),
      Errors: String(errors),
      Warnings: String(findings.length - errors),
    });
  }
}
