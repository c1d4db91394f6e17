import type { KubernetesVersion } from '../versions';
import { asObject, asString } from './access';
import { defaultedCopy } from './defaults';
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
  const defaulted = defaultedCopy(doc, kind, version);

  const cronSpec = kind === 'CronJob' ? asObject(defaulted.spec) ?? {} : undefined;
  const rawCronSpec = kind === 'CronJob' ? asObject(doc.spec) ?? {} : undefined;
  const spec = (kind === 'Job' ? asObject(defaulted.spec) : asObject(asObject(cronSpec?.jobTemplate)?.spec)) ?? {};
  const rawSpec = (kind === 'Job' ? asObject(doc.spec) : asObject(asObject(rawCronSpec?.jobTemplate)?.spec)) ?? {};
  const specPath = kind === 'Job' ? 'spec' : 'spec.jobTemplate.spec';
  const metadata = asObject(defaulted.metadata) ?? {};
  // A handful of derivations per document: two parallel lists scan faster than a Map hashes.
  const derivations: Array<(view: JobView) => unknown> = [];
  const values: unknown[] = [];
  const view: JobView = {
    kind,
    version,
    manifest: doc,
    defaulted,
    metadata,
    name: asString(metadata.name),
    spec,
    rawSpec,
    podSpec: asObject(asObject(spec.template)?.spec) ?? {},
    cronSpec,
    rawCronSpec,
    specPath,
    at: (...segments) => appendSegments(specPath, segments),
    derived<T>(derive: (view: JobView) => T): T {
      for (let i = 0; i < derivations.length; i++) if (derivations[i] === derive) return values[i] as T;
      const value = derive(view);
      derivations.push(derive);
      values.push(value);
      return value;
    },
  };
  return view;
}
