import type { IConstruct } from 'constructs';
import { parseLintConfig } from '../config/lint-config';
import type { ResolvedRuleSettings } from '../config/rule-settings';
import { resolveKubernetesVersion, type KubernetesVersion } from '../versions';

/**
 * cdk8s context key holding the Kubernetes version every Job and CronJob of the app is checked
 * against, one of `KUBERNETES_VERSIONS` (`"1.28"`, `"1.30"`, ...). Set it on the app before adding charts:
 * `app.node.setContext(KUBERNETES_VERSION_CONTEXT_KEY, '1.30')`.
 * @default "1.28" (the version of cdk8s-plus-28)
 */
export const KUBERNETES_VERSION_CONTEXT_KEY = 'cdk8s-jobs:kubernetesVersion';

/**
 * cdk8s context key that decides what happens to warnings (findings the API server accepts, such
 * as a CronJob schedule that never fires) at synth:
 * - `"print"` (the default): each warning is written to stderr once, as one line with the
 *   construct path: `cdk8s-jobs warning: [chart/job] spec.schedule: ... [cronjob-schedule-never-fires]`;
 * - `"ignore"`: dropped;
 * - `"error"`: reported as errors, so synth fails.
 * `"stderr"` (the former name of `"print"`) is still accepted. Errors always fail synth.
 * @default "print"
 */
export const WARNINGS_CONTEXT_KEY = 'cdk8s-jobs:warnings';

/** What to do with warnings at synth; see {@link WARNINGS_CONTEXT_KEY}. */
export type SynthWarningMode = 'print' | 'ignore' | 'error';

const WARNING_MODES: ReadonlyMap<unknown, SynthWarningMode> = new Map([
  ['print', 'print'],
  ['stderr', 'print'],
  ['ignore', 'ignore'],
  ['error', 'error'],
]);

/**
 * The target Kubernetes version of the app that holds `scope`, from the context key
 * {@link KUBERNETES_VERSION_CONTEXT_KEY}.
 * @throws UnsupportedKubernetesVersionError when the context holds an unsupported value
 */
export function kubernetesVersionOf(scope: IConstruct): KubernetesVersion {
  return resolveKubernetesVersion(scope.node.tryGetContext(KUBERNETES_VERSION_CONTEXT_KEY));
}

/**
 * The warning mode of the app that holds `scope`, from the context key {@link WARNINGS_CONTEXT_KEY}.
 * @throws Error naming the accepted values when the context holds anything else
 */
export function warningModeOf(scope: IConstruct): SynthWarningMode {
  const value: unknown = scope.node.tryGetContext(WARNINGS_CONTEXT_KEY);
  if (value === undefined) return 'print';
  const mode = WARNING_MODES.get(value);
  if (mode === undefined) {
    throw new Error(`unsupported value ${JSON.stringify(value) ?? String(value)}: use "print" (the default), "ignore" or "error"`);
  }
  return mode;
}

/**
 * cdk8s context key holding rule levels for every Job and CronJob of the app, as in
 * `.cdk8s-jobs.yaml`: `app.node.setContext(RULES_CONTEXT_KEY, { 'container-image-pinned': 'off' })`.
 * An API-server error needs a reason: `{ level: 'off', reason: '...' }`.
 * @default {} (every rule at its own severity)
 */
export const RULES_CONTEXT_KEY = 'cdk8s-jobs:rules';

/**
 * The rule levels of the app that holds `scope`, from {@link RULES_CONTEXT_KEY}.
 * @throws ConfigError for unknown rule ids or bad levels
 */
export function ruleSettingsOf(scope: IConstruct): ResolvedRuleSettings {
  const rules: unknown = scope.node.tryGetContext(RULES_CONTEXT_KEY);
  return parseLintConfig({ rules }, `context ${RULES_CONTEXT_KEY}`, ['rules']).rules;
}
