import { ApiObject } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { batchKindOf } from '../manifest/classify';
import { lintManifest } from '../lint';
import { formatViolation } from '../report/format';
import type { ResolvedRuleSettings } from '../config/rule-settings';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';
import { KUBERNETES_VERSION_CONTEXT_KEY, WARNINGS_CONTEXT_KEY, kubernetesVersionOf, ruleSettingsOf, warningModeOf, type SynthWarningMode } from './context';
import { isLintedApiObject } from './linted-api-object';
import { reportSynthWarnings } from './synth-warnings';
import { joinSynthSessions, lintForSynth, validationOncePerSynth } from './synth-session';

/**
 * Marks a construct that validates the batch objects under it. A registered symbol, so that two
 * copies of this package in one app (say `cdk8s-jobs` and `cdk8s-jobs/plus-33`) see each other's
 * marks and never validate an object twice.
 */
const VALIDATES = Symbol.for('cdk8s-jobs.validateOnSynth');

type Marked = IConstruct & { [VALIDATES]?: true };

/**
 * Checks every batch Job and CronJob under `scope` (a chart, the app, or any construct) at synth:
 * those written with plain cdk8s (`ApiObject`, `KubeJob`), with cdk8s-plus (`Job`, `CronJob`) or
 * with this library. Each is rendered as it will be written (JSON patches included) and judged by
 * `lintManifest` for the app's target version ({@link KUBERNETES_VERSION_CONTEXT_KEY}). Errors
 * fail `App.synth()`, `App.synthYaml()`, `Chart.toJson()` and `Testing.synth()` with one message
 * per error, naming the object's construct path; warnings follow {@link WARNINGS_CONTEXT_KEY}.
 *
 * Objects are found when cdk8s validates, so constructs added after this call are included. An
 * object is checked once, by the nearest construct that asked: this library's constructs check
 * their own, and calling this on both an app and one of its charts checks nothing twice.
 *
 * ```ts
 * const chart = new Chart(app, 'batch');
 * validateOnSynth(chart);
 * new kplus.Job(chart, 'plain', { containers: [{ image: 'busybox' }] }); // checked at synth
 * ```
 */
export function validateOnSynth(scope: IConstruct): void {
  if (isMarked(scope)) return;
  mark(scope);
  joinSynthSessions(scope);
  scope.node.addValidation(
    validationOncePerSynth(scope, () => {
      const settings = settingsOf(scope);
      if (typeof settings === 'string') return [settings];
      return batchObjectsClaimedBy(scope).flatMap((apiObject) => {
        const violations = lintForSynth(apiObject, settings.kubernetesVersion, lintBatchObject, () => apiObject.toJson(), settings.rules);
        return judge(apiObject, violations, settings.warnings).map((message) => `${apiObject.node.path}: ${message}`);
      });
    }),
  );
}

/**
 * The validation of one construct of this library: its own emitted object (`ApiObject.of`), a
 * Job or CronJob linted once per synth (see `synth-session.ts`), or with `lint` another object it
 * emits (the `WorkQueue` Deployment and Service, the work-items ConfigMap: `lintEmittedObject`).
 * Marks the construct so that a {@link validateOnSynth} above it leaves the object to it.
 */
export function validateOwnObjectOnSynth(construct: IConstruct, lint?: (manifest: unknown, version: KubernetesVersion) => readonly Violation[]): void {
  mark(construct);
  joinSynthSessions(construct);
  construct.node.addValidation(
    validationOncePerSynth(construct, () => {
      const settings = settingsOf(construct);
      if (typeof settings === 'string') return [settings];
      const apiObject = ApiObject.of(construct);
      const { kubernetesVersion, rules } = settings;
      const violations = lint
        ? lintForSynth(apiObject, kubernetesVersion, lint, () => apiObject.toJson())
        : isLintedApiObject(apiObject)
          ? apiObject.lint(kubernetesVersion, rules)
          : lintManifest(apiObject.toJson(), { kubernetesVersion, rules });
      return judge(construct, violations, settings.warnings);
    }),
  );
}

/** The engine's verdict on one batch object. */
function lintBatchObject(manifest: unknown, kubernetesVersion: KubernetesVersion, rules: ResolvedRuleSettings): readonly Violation[] {
  return lintManifest(manifest, { kubernetesVersion, rules });
}

interface SynthSettings {
  readonly kubernetesVersion: KubernetesVersion;
  readonly warnings: SynthWarningMode;
  readonly rules: ResolvedRuleSettings;
}

/** The app's settings, or the one message that says which context value is wrong. */
function settingsOf(scope: IConstruct): SynthSettings | string {
  let kubernetesVersion: KubernetesVersion;
  try {
    kubernetesVersion = kubernetesVersionOf(scope);
  } catch (e) {
    return `context ${KUBERNETES_VERSION_CONTEXT_KEY}: ${(e as Error).message}`;
  }
  let warnings: SynthWarningMode;
  try {
    warnings = warningModeOf(scope);
  } catch (e) {
    return `context ${WARNINGS_CONTEXT_KEY}: ${(e as Error).message}`;
  }
  try {
    return { kubernetesVersion, warnings, rules: ruleSettingsOf(scope) };
  } catch (e) {
    return (e as Error).message;
  }
}

/** The validation messages for one object's findings; warnings are printed, dropped or kept. */
function judge(construct: IConstruct, violations: readonly Violation[], warnings: SynthWarningMode): string[] {
  const failing = violations.filter((v) => v.severity === 'error' || warnings === 'error');
  if (warnings === 'print') reportSynthWarnings(construct, violations.filter((v) => v.severity === 'warning'));
  return failing.map((v) => formatViolation(v, undefined, 'construct'));
}

/** The batch objects under `scope` whose nearest validating construct is `scope`, in tree order. */
function batchObjectsClaimedBy(scope: IConstruct): ApiObject[] {
  return scope.node.findAll().filter((c): c is ApiObject => {
    if (!ApiObject.isApiObject(c)) return false;
    if (nearestMarked(c) !== scope) return false;
    return batchKindOf({ apiVersion: c.apiVersion, kind: c.kind }) !== undefined;
  });
}

function nearestMarked(construct: IConstruct): IConstruct | undefined {
  const scopes = construct.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) if (isMarked(scopes[i])) return scopes[i];
  return undefined;
}

function isMarked(construct: IConstruct): boolean {
  return (construct as Marked)[VALIDATES] === true;
}

function mark(construct: IConstruct): void {
  Object.defineProperty(construct, VALIDATES, { value: true, enumerable: false });
}
