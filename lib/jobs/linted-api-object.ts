import { createHash } from 'node:crypto';
import { ApiObject, type ApiObjectProps } from 'cdk8s';
import type { Construct, IConstruct } from 'constructs';
import { lintManifest } from '../lint';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';
import type { ResolvedRuleSettings } from '../config/rule-settings';

/**
 * The object our constructs emit: an `ApiObject` that is linted at synth without being rendered
 * and linted more often than it must.
 *
 * cdk8s validates the whole app before every render: `App.synthYaml()` runs two validation passes
 * and `App.synth()` one plus one per chart, and each pass would render every Job (cdk8s resolve,
 * cdk8s-plus's pod rendering) and lint it, only for the synth to render it once more. Two reuses
 * cut that to one lint per synth and no extra render, and neither can hand out a stale result:
 * - the lint result is reused only for byte-identical JSON (same SHA-1 of the JSON text; linting
 *   is a pure function of it);
 * - the JSON rendered in a validation pass is handed to cdk8s's own render only when no newer
 *   pass has started (a validation on the tree's root numbers the passes) and the caller is
 *   cdk8s's app code. A direct `toJson()` from user code always renders afresh.
 * Whatever is kept is dropped at the end of the tick.
 */
export class LintedApiObject extends ApiObject {
  private lastLint?: {
    readonly digest: string;
    readonly version: KubernetesVersion;
    readonly rules: ResolvedRuleSettings;
    readonly violations: readonly Violation[];
  };
  private rendered?: { readonly json: unknown; readonly pass: number };

  constructor(scope: Construct, id: string, props: ApiObjectProps) {
    super(scope, id, props);
    countValidationPasses(this.node.root);
  }

  /** Renders this object and lints it for `kubernetesVersion` and the rule levels; used by `validateOwnObjectOnSynth`. */
  public lint(kubernetesVersion: KubernetesVersion, rules: ResolvedRuleSettings = new Map()): readonly Violation[] {
    const json = super.toJson();
    const digest = createHash('sha1').update(JSON.stringify(json)).digest('base64');
    const last = this.lastLint;
    const violations =
      last && last.digest === digest && last.version === kubernetesVersion && sameRules(last.rules, rules)
        ? last.violations
        : lintManifest(json, { kubernetesVersion, rules });
    this.lastLint = { digest, version: kubernetesVersion, rules, violations };
    this.rendered = { json, pass: passesOf(this.node.root) };
    forgetAtEndOfTick(this);
    return violations;
  }

  public override toJson(): any {
    const rendered = this.rendered;
    this.rendered = undefined;
    if (rendered && rendered.pass === passesOf(this.node.root) && calledByCdk8sApp()) return rendered.json;
    return super.toJson();
  }

  /** @internal */
  public _forget(): void {
    this.lastLint = undefined;
    this.rendered = undefined;
  }
}

/**
 * True for the objects our constructs emit. Not `instanceof`: cdk8s's `ApiObject` defines
 * `Symbol.hasInstance` as `ApiObject.isApiObject`, which subclasses inherit, so `instanceof
 * LintedApiObject` is true for every ApiObject (a plain cdk8s-plus Job's included).
 */
export function isLintedApiObject(o: ApiObject): o is LintedApiObject {
  return Object.prototype.isPrototypeOf.call(LintedApiObject.prototype, o);
}

const validationPasses = new WeakMap<IConstruct, number>();

/** cdk8s validates in pre-order, so a validation on the root runs first in every pass. */
function countValidationPasses(root: IConstruct): void {
  if (validationPasses.has(root)) return;
  validationPasses.set(root, 0);
  root.node.addValidation({
    validate: () => {
      validationPasses.set(root, passesOf(root) + 1);
      return [];
    },
  });
}

function passesOf(root: IConstruct): number {
  return validationPasses.get(root) ?? 0;
}

const CDK8S_APP_FILE = /[\\/]cdk8s[\\/]lib[\\/]app\.js$/;

/**
 * True when cdk8s's app code (synth, synthYaml, Chart.toJson) is on the stack. Reads V8's call
 * sites rather than formatting the stack text: about 10 µs, once per object per synth.
 */
function calledByCdk8sApp(): boolean {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  const holder: { stack?: NodeJS.CallSite[] } = {};
  try {
    Error.prepareStackTrace = (_error, callSites) => callSites;
    Error.stackTraceLimit = 16;
    Error.captureStackTrace(holder, calledByCdk8sApp);
    return (holder.stack ?? []).some((site) => CDK8S_APP_FILE.test(site.getFileName() ?? ''));
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

const kept = new Set<LintedApiObject>();

function forgetAtEndOfTick(object: LintedApiObject): void {
  if (kept.size === 0) {
    queueMicrotask(() => {
      for (const o of kept) o._forget();
      kept.clear();
    });
  }
  kept.add(object);
}

function sameRules(a: ResolvedRuleSettings, b: ResolvedRuleSettings): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, s] of a) {
    const t = b.get(id);
    if (!t || t.level !== s.level || t.reason !== s.reason) return false;
  }
  return true;
}
