import { ApiObject } from 'cdk8s';
import { lintManifest } from '../lint';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';
import type { ResolvedRuleSettings } from '../config/rule-settings';
import { lintForSynth, renderedInSynth } from './synth-session';

/**
 * The object our constructs emit: an `ApiObject` rendered once and linted once per synth, however
 * many charts and validation passes the synth has (see `synth-session.ts` for the hook and why).
 * Its first validation pass in a synth renders and lints it; later passes reuse the verdict and
 * the synth's own render reuses the JSON. Outside a synth, `toJson()` renders afresh. The
 * construct that emits it validates it (`validateOwnObjectOnSynth`, which joins the synth sessions).
 */
export class LintedApiObject extends ApiObject {
  /** This object's findings for `kubernetesVersion` and the rule levels; used by `validateOwnObjectOnSynth`. */
  public lint(kubernetesVersion: KubernetesVersion, rules?: ResolvedRuleSettings): readonly Violation[] {
    return lintForSynth(this, kubernetesVersion, lintJob, () => super.toJson(), rules);
  }

  public override toJson(): any {
    const rendered = renderedInSynth(this);
    return rendered ? rendered.json : super.toJson();
  }
}

function lintJob(manifest: unknown, kubernetesVersion: KubernetesVersion, rules: ResolvedRuleSettings): readonly Violation[] {
  return lintManifest(manifest, { kubernetesVersion, rules });
}

/**
 * True for the objects our constructs emit. Not `instanceof`: cdk8s's `ApiObject` defines
 * `Symbol.hasInstance` as `ApiObject.isApiObject`, which subclasses inherit, so `instanceof
 * LintedApiObject` is true for every ApiObject (a plain cdk8s-plus Job's included).
 */
export function isLintedApiObject(o: ApiObject): o is LintedApiObject {
  return Object.prototype.isPrototypeOf.call(LintedApiObject.prototype, o);
}
