import { App, Chart, type ApiObject } from 'cdk8s';
import type { ResolvedRuleSettings } from '../config/rule-settings';
import type { IConstruct, IValidation } from 'constructs';
import type { KubernetesVersion } from '../versions';
import type { Violation } from '../violation';

/**
 * One synth: the span of a call to `App.synth()`, `App.synthYaml()` or `Chart.toJson()`, in which
 * each batch object is rendered once and linted once, however many charts and validation passes.
 *
 * Why this hook: cdk8s validates the whole app once per synth and again inside every
 * `Chart.toJson()` (so 1 + C times for C charts), and each validation would render and lint every
 * Job. Nothing cdk8s hands a validation says which synth it belongs to (each pass builds its own
 * request cache), and a resolver or a validation cannot tell a pass of this synth from the first
 * pass of the next one without counting passes or inspecting the stack. The synth calls
 * themselves are the one boundary cdk8s exposes publicly: every validation pass and every render
 * of a synth happens inside one, synchronously. So the first of our objects under an app wraps
 * that app's `synth` and `synthYaml`, and the `toJson` of each chart above it, on those instances
 * only (public methods, called through whatever the instance had, a subclass's override
 * included). The wrapper opens a session on the app for the duration of the call (nested calls
 * join it) and drops it in `finally`. Within the session:
 * - each of our validations computes its messages on its first pass and returns them on the
 *   later ones (the context it reads is frozen once a construct has children, and the object it
 *   lints is rendered once per synth), so an object is linted once per synth;
 * - each object is rendered once: the validation's render is what the synth then emits, handed
 *   over once (a second `toJson()` in the same synth renders afresh).
 * So a result is reused only inside the synth that computed it (a change made between two synths,
 * or after a failed one, is always seen), nothing outlives a synth (the session lives on the app
 * instance during the call, not in module state), and outside a synth (a direct `toJson()`, a
 * bare `node.validate()`) everything is computed afresh, exactly as without this file.
 */
const SESSION = Symbol.for('cdk8s-jobs.synthSession');
const WRAPPED = Symbol.for('cdk8s-jobs.synthSessionWrapped');
const OBSERVERS = Symbol.for('cdk8s-jobs.synthLintObservers');

/** A pure lint of one object for a target version and the rule levels of the app's context. */
type Lint = (manifest: unknown, version: KubernetesVersion, rules: ResolvedRuleSettings) => readonly Violation[];

const NO_RULE_SETTINGS: ResolvedRuleSettings = new Map();

/** The synth in progress: what each object rendered (until the synth emits it) and what each validation returned. */
class SynthSession {
  private readonly rendered = new Map<ApiObject, unknown>();
  private readonly validations = new Map<IValidation, string[]>();

  /** `object`'s JSON of this synth: rendered on the first call, kept for the emission. */
  public render(object: ApiObject, render: () => unknown): unknown {
    if (this.rendered.has(object)) return this.rendered.get(object);
    const json = render();
    this.rendered.set(object, json);
    return json;
  }

  /** The JSON `object` rendered in this synth, handed over once (the emission's copy). */
  public take(object: ApiObject): { readonly json: unknown } | undefined {
    if (!this.rendered.has(object)) return undefined;
    const json = this.rendered.get(object);
    this.rendered.delete(object);
    return { json };
  }

  public validation(validation: IValidation, validate: () => string[]): string[] {
    let messages = this.validations.get(validation);
    if (!messages) this.validations.set(validation, (messages = validate()));
    return messages;
  }
}

type WithSession = IConstruct & {
  [SESSION]?: SynthSession;
  [WRAPPED]?: true;
  [OBSERVERS]?: Array<(event: SynthLintEvent) => void>;
};

/** What {@link observeSynthLints} reports: one object linted, in the synth in progress or outside any. */
export interface SynthLintEvent {
  /** The construct path of the linted object. */
  readonly path: string;
  /** The target Kubernetes version it was linted for. */
  readonly kubernetesVersion: KubernetesVersion;
  /** True when the lint ran inside a synth (`App.synth()`, `App.synthYaml()`, `Chart.toJson()`). */
  readonly inSynth: boolean;
}

/**
 * Calls `listener` each time a batch object under `app` is rendered and linted for synth. A seam
 * for tests (each Job is linted once per synth, however many charts); kept on the app instance.
 * Returns a function that removes the listener.
 */
export function observeSynthLints(app: App, listener: (event: SynthLintEvent) => void): () => void {
  const root = app as WithSession;
  const observers = root[OBSERVERS] ?? [];
  if (!root[OBSERVERS]) Object.defineProperty(root, OBSERVERS, { value: observers, enumerable: false });
  observers.push(listener);
  return () => {
    const i = observers.indexOf(listener);
    if (i >= 0) observers.splice(i, 1);
  };
}

/** Makes the synths of the app above `construct` (and of the charts above it) synth sessions. */
export function joinSynthSessions(construct: IConstruct): void {
  let scope: IConstruct | undefined = construct;
  let root: IConstruct = construct;
  const charts: IConstruct[] = [];
  for (; scope; scope = scope.node.scope) {
    if (Chart.isChart(scope)) charts.push(scope);
    root = scope;
  }
  if (!(root instanceof App)) return;
  wrap(root, root, ['synth', 'synthYaml']);
  for (const chart of charts) wrap(chart, root, ['toJson']);
}

/**
 * The findings of `object` for `version`. Inside a synth the object is rendered once (and that
 * JSON is what the synth emits, see {@link renderedInSynth}); outside, afresh. Called from a
 * validation made by {@link validationOncePerSynth}, so once per object per synth.
 */
export function lintForSynth(object: ApiObject, version: KubernetesVersion, lint: Lint, render: () => unknown, rules: ResolvedRuleSettings = NO_RULE_SETTINGS): readonly Violation[] {
  const root = object.node.root as WithSession;
  const session = root[SESSION];
  const json = session ? session.render(object, render) : render();
  const violations = lint(json, version, rules);
  for (const observer of root[OBSERVERS] ?? []) observer({ path: object.node.path, kubernetesVersion: version, inSynth: session !== undefined });
  return violations;
}

/**
 * A validation for `construct` (to pass to its `addValidation`) whose messages are computed once
 * per synth: on its first pass of the synth in progress, and returned as they are by the later
 * passes (one per chart); outside a synth, afresh on each call. `validate` must depend only on
 * what cannot change within a synth (the context, and the objects' renders of this synth).
 */
export function validationOncePerSynth(construct: IConstruct, validate: () => string[]): IValidation {
  const root = construct.node.root as WithSession; // fixed: a construct never changes scope
  const validation: IValidation = {
    validate: () => {
      const session = root[SESSION];
      return session ? session.validation(validation, validate) : validate();
    },
  };
  return validation;
}

/** The JSON `object` rendered for its lint in the synth in progress, if any, for the emission: handed over once. */
export function renderedInSynth(object: ApiObject): { readonly json: unknown } | undefined {
  return (object.node.root as WithSession)[SESSION]?.take(object);
}

function wrap(target: IConstruct, root: WithSession, methods: readonly string[]): void {
  const marked = target as WithSession;
  if (marked[WRAPPED]) return;
  Object.defineProperty(marked, WRAPPED, { value: true, enumerable: false });
  for (const method of methods) {
    const original = (target as unknown as Record<string, unknown>)[method];
    if (typeof original !== 'function') continue;
    Object.defineProperty(target, method, {
      configurable: true,
      writable: true,
      enumerable: false,
      value: function inSynthSession(this: unknown, ...args: unknown[]) {
        return withinSynth(root, () => original.apply(this, args));
      },
    });
  }
}

/**
 * Runs `synth` as one synth session of `app` (joining the one in progress, if any): for callers
 * that synthesize an app chart by chart (`Chart.toJson()` each), so that is still one synth.
 */
export function withinSynth<T>(app: IConstruct, synth: () => T): T {
  const root = app.node.root as WithSession;
  if (root[SESSION]) return synth();
  Object.defineProperty(root, SESSION, { value: new SynthSession(), configurable: true, enumerable: false });
  try {
    return synth();
  } finally {
    delete root[SESSION];
  }
}
