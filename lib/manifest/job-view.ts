import type { KubernetesVersion } from '../versions';
import { asObject, asString } from './access';
import { assembleDefaulted, defaultedParts, type DefaultedParts } from './defaults';
import { appendSegments, type PathSegment } from './field-path';

/** The kinds the rule engine judges (batch group). */
export type ManifestKind = 'Job' | 'CronJob';

/**
 * What a rule sees: one Job or CronJob, as written and as the API server would default it.
 * Rules never need to know where a CronJob keeps its JobSpec: `spec` is the JobSpec and
 * `at('completions')` gives `spec.completions` for a Job and `spec.jobTemplate.spec.completions`
 * for a CronJob (kube-linter's `extract.JobSpec` idea).
 */
export interface JobView {
  readonly kind: ManifestKind;
  readonly version: KubernetesVersion;
  /** The whole document as written (never modified). */
  readonly manifest: Readonly<Record<string, unknown>>;
  /** The whole document after defaulting. */
  readonly defaulted: Readonly<Record<string, unknown>>;
  /** `metadata` after defaulting (`{}` when missing). */
  readonly metadata: Record<string, unknown>;
  /** `metadata.name` when it is a string. */
  readonly name: string | undefined;
  /** The JobSpec after defaulting (`{}` when missing): Job `spec`, CronJob `spec.jobTemplate.spec`. */
  readonly spec: Record<string, unknown>;
  /** The JobSpec as written (`{}` when missing). */
  readonly rawSpec: Record<string, unknown>;
  /** The pod spec after defaulting: `spec.template.spec` of the JobSpec (`{}` when missing). */
  readonly podSpec: Record<string, unknown>;
  /** CronJob only: `spec` after defaulting. */
  readonly cronSpec?: Record<string, unknown>;
  /** CronJob only: `spec` as written. */
  readonly rawCronSpec?: Record<string, unknown>;
  /** Field path of the JobSpec: `spec` or `spec.jobTemplate.spec`. */
  readonly specPath: string;
  /** A path inside the JobSpec: `at('template', 'spec', 'containers', 0)`. */
  at(...segments: PathSegment[]): string;
  /**
   * `derive(view)`, computed once per view and shared by every rule that asks with the same
   * function (the template's containers, a parsed schedule): one walk per document instead of
   * one per rule. `derive` must be a pure, module-level function; callers must not modify what
   * it returns. The cache lives and dies with the view, i.e. one lint of one document.
   */
  derived<T>(derive: (view: JobView) => T): T;
}

/**
 * Builds the view for a batch Job or CronJob document, or `undefined` for anything else
 * (including non-objects). The apiVersion is not checked here (see `classifyManifest`).
 */
export function toJobView(manifest: unknown, version: KubernetesVersion): JobView | undefined {
  const doc = asObject(manifest);
  const kind = doc?.kind;
  if (!doc || (kind !== 'Job' && kind !== 'CronJob')) return undefined;
  return new DocumentView(doc, kind, version);
}

/**
 * The one implementation of {@link JobView}: a class, so every view has one shape and its
 * methods and getter are shared (an object literal with a getter is built by the runtime, and
 * made a view cost twice as much).
 */
class DocumentView implements JobView {
  readonly cronSpec?: Record<string, unknown>;
  readonly rawCronSpec?: Record<string, unknown>;
  readonly spec: Record<string, unknown>;
  readonly rawSpec: Record<string, unknown>;
  readonly podSpec: Record<string, unknown>;
  readonly specPath: string;
  readonly metadata: Record<string, unknown>;
  readonly name: string | undefined;
  /** An own function, not a method: rules take it apart from the view (`check({ at })`). */
  readonly at: (...segments: PathSegment[]) => string;
  private readonly parts: DefaultedParts;
  private wholeDefaulted: Record<string, unknown> | undefined = undefined;
  // A handful of derivations per document: two parallel lists scan faster than a Map hashes.
  private readonly derivations: Array<(view: JobView) => unknown> = [];
  private readonly values: unknown[] = [];

  constructor(
    readonly manifest: Record<string, unknown>,
    readonly kind: ManifestKind,
    readonly version: KubernetesVersion,
  ) {
    const parts = defaultedParts(manifest, kind, version);
    this.parts = parts;
    this.cronSpec = kind === 'CronJob' ? asObject(parts.spec) ?? {} : undefined;
    this.rawCronSpec = kind === 'CronJob' ? asObject(manifest.spec) ?? {} : undefined;
    const spec = (kind === 'Job' ? asObject(parts.spec) : asObject(asObject(this.cronSpec?.jobTemplate)?.spec)) ?? {};
    this.spec = spec;
    this.rawSpec = (kind === 'Job' ? asObject(manifest.spec) : asObject(asObject(this.rawCronSpec?.jobTemplate)?.spec)) ?? {};
    this.podSpec = asObject(asObject(spec.template)?.spec) ?? {};
    const specPath = kind === 'Job' ? 'spec' : 'spec.jobTemplate.spec';
    this.specPath = specPath;
    this.metadata = asObject(parts.metadata) ?? {};
    this.name = asString(this.metadata.name);
    this.at = (...segments) => appendSegments(specPath, segments);
  }

  /** No rule reads the whole defaulted document: it is put together only when one asks. */
  get defaulted(): Record<string, unknown> {
    return (this.wholeDefaulted ??= assembleDefaulted(this.manifest, this.parts));
  }

  derived<T>(derive: (view: JobView) => T): T {
    const derivations = this.derivations;
    for (let i = 0; i < derivations.length; i++) if (derivations[i] === derive) return this.values[i] as T;
    const value = derive(this);
    derivations.push(derive);
    this.values.push(value);
    return value;
  }
}
