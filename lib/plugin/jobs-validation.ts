import { parseLintConfig } from '../config/lint-config';
import type { ResolvedRuleSettings, RuleSettings } from '../config/rule-settings';
import { checkManifest } from '../lint';
import { batchKindOf } from '../manifest/classify';
import { DEFAULT_KUBERNETES_VERSION, type KubernetesVersion } from '../versions';
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
  /**
   * Rule levels, as in `.cdk8s-jobs.yaml`: `{ container-image-pinned: off }`; an API-server error
   * needs `{ level: off, reason: "..." }`.
   * @default {} (every rule at its own severity)
   */
  readonly rules?: RuleSettings;
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

  /** The rule levels of the `rules` property. */
  readonly rules: ResolvedRuleSettings;

  /** @throws ConfigError for unknown properties or rule ids, an unsupported `kubernetesVersion` or a bad level */
  constructor(props: JobsValidationProps = {}) {
    const config = parseLintConfig(props, 'cdk8s-jobs plugin properties', ['kubernetesVersion', 'rules']);
    this.kubernetesVersion = config.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
    this.rules = config.rules;
  }

  /** Lints every synthesized Job and CronJob, reports each finding, and submits the report. */
  async validate(context: ValidationContext): Promise<void> {
    const findings: LocatedViolation[] = [];
    let objects = 0;
    let suppressed = 0;
    for (const manifestPath of context.manifests) {
      for (const doc of context.parseManifest(manifestPath)) {
        if (!batchKindOf(doc)) continue;
        objects++;
        const resourceName = typeof doc.metadata?.name === 'string' ? doc.metadata.name : '(no name)';
        const checked = checkManifest(doc, { kubernetesVersion: this.kubernetesVersion, rules: this.rules });
        for (const violation of checked.violations) findings.push({ violation, resourceName, manifestPath });
        suppressed += checked.suppressed.length;
      }
    }
    for (const entry of toReportEntries(findings)) context.report.addViolation(entry);
    const errors = findings.filter((f) => f.violation.severity === 'error').length;
    context.report.submit(errors > 0 ? 'failure' : 'success', {
      'Kubernetes version': this.kubernetesVersion,
      'Jobs and CronJobs': String(objects),
      Errors: String(errors),
      Warnings: String(findings.length - errors),
      ...(suppressed > 0 ? { Suppressed: String(suppressed) } : {}),
    });
  }
}
