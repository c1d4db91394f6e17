import { ApiObject } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { lintManifest } from '../lint';
import { formatViolation } from '../report/format';
import type { ResolvedRuleSettings } from '../config/rule-settings';
import type { Violation } from '../violation';
import { KUBERNETES_VERSION_CONTEXT_KEY, kubernetesVersionOf, ruleSettingsOf, warningModeOf } from './context';
import { isLintedApiObject } from './linted-api-object';

const printedWarnings = new Set<string>();

/**
 * The single bridge from the rule engine to cdk8s: at synth, the object `construct` emits
 * (`ApiObject.of(construct).toJson()`, so JSON patches added by users are included) is checked
 * by `lintManifest` for the app's target version. Every error becomes one validation message;
 * cdk8s prefixes the construct path and `App.synth()`, `App.synthYaml()`, `Chart.toJson()` and
 * `Testing.synth()` refuse the whole app, listing all of them at once. Warnings never fail synth
 * (see `WARNINGS_CONTEXT_KEY`).
 *
 * Errors thrown while rendering the object (cdk8s-plus's own checks, such as a pod without
 * containers, or cdk8s's `Duration` conversion) propagate unchanged.
 */
export function validateOnSynth(construct: IConstruct): void {
  construct.node.addValidation({
    validate: () => {
      let kubernetesVersion;
      let rules: ResolvedRuleSettings;
      try {
        kubernetesVersion = kubernetesVersionOf(construct);
      } catch (e) {
        return [`context ${KUBERNETES_VERSION_CONTEXT_KEY}: ${(e as Error).message}`];
      }
      try {
        rules = ruleSettingsOf(construct);
      } catch (e) {
        return [(e as Error).message];
      }
      const apiObject = ApiObject.of(construct);
      const violations = isLintedApiObject(apiObject)
        ? apiObject.lint(kubernetesVersion, rules)
        : lintManifest(apiObject.toJson(), { kubernetesVersion, rules });
      reportWarnings(construct, violations.filter((v) => v.severity === 'warning'));
      return violations.filter((v) => v.severity === 'error').map((v) => formatViolation(v, undefined, 'construct'));
    },
  });
}

function reportWarnings(construct: IConstruct, warnings: readonly Violation[]): void {
  if (warnings.length === 0 || warningModeOf(construct) !== 'stderr') return;
  for (const w of warnings) {
    const line = `[${construct.node.path}] ${formatViolation(w, undefined, 'construct')}`;
    if (printedWarnings.has(line)) continue;
    printedWarnings.add(line);
    process.stderr.write(`warning: ${line}\n`);
  }
}
