import { asArray, asObject } from '../manifest/access';
import type { JobView } from '../manifest/job-view';
import type { Rule, Trigger, TriggerAnchor } from './rule';

/** The lists whose items are `container` anchors. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/**
 * Every object of `view` at an anchor of {@link Trigger}, as written and after defaulting (the
 * same object once), pushed onto two parallel lists: a key is present when a for-in over one of
 * them yields it. The one definition of "present" that the engine's skipping and its tests
 * share. For-in, not own keys only: a rule reads inherited enumerable properties too, so they
 * count. (Lists, not a callback: the engine's for-in then sits in one loop, compiled once.)
 */
export function collectAnchorObjects(view: JobView, anchors: TriggerAnchor[], objects: Array<Record<string, unknown>>): void {
  const push = (anchor: TriggerAnchor, o: Record<string, unknown> | undefined) => {
    if (o) {
      anchors.push(anchor);
      objects.push(o);
    }
  };
  const both = (anchor: TriggerAnchor, raw: Record<string, unknown> | undefined, defaulted: Record<string, unknown> | undefined) => {
    push(anchor, raw);
    if (defaulted !== raw) push(anchor, defaulted);
  };
  both('metadata', asObject(view.manifest.metadata), view.metadata);
  if (view.kind === 'CronJob') both('cron', view.rawCronSpec, view.cronSpec);
  both('job', view.rawSpec, view.spec);
  const rawTemplate = asObject(view.rawSpec.template);
  both('podMetadata', asObject(rawTemplate?.metadata), asObject(asObject(view.spec.template)?.metadata));
  const rawPod = asObject(rawTemplate?.spec);
  both('pod', rawPod, view.podSpec);
  for (const list of CONTAINER_LISTS) {
    const raw = asArray(rawPod?.[list]) ?? [];
    const defaulted = asArray(view.podSpec[list]) ?? [];
    for (let i = 0; i < raw.length; i++) push('container', asObject(raw[i]));
    if (defaulted !== raw) for (let i = 0; i < defaulted.length; i++) push('container', asObject(defaulted[i]));
  }
}

/**
 * The trigger of a field at a catalogue pod path (`hostUsers`, `volumes[].emptyDir.mode`,
 * `containers[].securityContext.procMount`): the pod key it sits under, or the container key
 * for a path inside a container list.
 */
export function podPathTrigger(podPath: string): Trigger {
  const [first, second] = podPath.split('.').map((step) => step.replace(/\[\]$/, ''));
  return (CONTAINER_LISTS as readonly string[]).includes(first) && second !== undefined ? `container.${second}` : `pod.${first}`;
}

/** The triggers present in one document (for tests and tools; the engine uses {@link TriggerIndex}). */
export function presentTriggers(view: JobView): Set<Trigger> {
  const out = new Set<Trigger>();
  const anchors: TriggerAnchor[] = [];
  const objects: Array<Record<string, unknown>> = [];
  collectAnchorObjects(view, anchors, objects);
  objects.forEach((o, i) => {
    for (const key in o) out.add(`${anchors[i]}.${key}`);
  });
  return out;
}

/** Whether a rule is worth running on a document whose present triggers are `present`. */
export function isTriggered(rule: Pick<Rule, 'triggers'>, present: ReadonlySet<Trigger>): boolean {
  return rule.triggers === undefined || rule.triggers.some((t) => present.has(t));
}

/** Per trigger key, the positions of the rules it triggers: a prototype-less object, the quickest lookup for a for-in's keys. */
type KeyIndex = Record<string, readonly number[] | undefined>;

/**
 * For one list of rules, which of them a document triggers: built once per kind at module load,
 * then one for-in over each anchor object per lint, and no work at all for a rule left out.
 */
export class TriggerIndex {
  /** 1 for every rule without triggers, 0 for the others (a plain array: a typed one costs more to copy). */
  private readonly always: readonly number[];
  private readonly byAnchor: Readonly<Record<TriggerAnchor, KeyIndex>>;

  constructor(rules: readonly Pick<Rule, 'triggers'>[]) {
    this.always = rules.map((rule) => (rule.triggers === undefined ? 1 : 0));
    const byAnchor: Record<TriggerAnchor, Record<string, number[]>> = {
      metadata: Object.create(null),
      cron: Object.create(null),
      job: Object.create(null),
      podMetadata: Object.create(null),
      pod: Object.create(null),
      container: Object.create(null),
    };
    rules.forEach((rule, position) => {
      for (const trigger of rule.triggers ?? []) {
        const dot = trigger.indexOf('.');
        const keys = byAnchor[trigger.slice(0, dot) as TriggerAnchor];
        const key = trigger.slice(dot + 1);
        const positions = (keys[key] ??= []);
        if (!positions.includes(position)) positions.push(position);
      }
    });
    this.byAnchor = byAnchor;
  }

  /** One flag per rule, in the rules' order: 1 when the rule must run on this document. */
  toRun(view: JobView): number[] {
    const run = this.always.slice();
    const anchors: TriggerAnchor[] = [];
    const objects: Array<Record<string, unknown>> = [];
    collectAnchorObjects(view, anchors, objects);
    for (let i = 0; i < objects.length; i++) {
      const index = this.byAnchor[anchors[i]];
      for (const key in objects[i]) {
        const positions = index[key];
        if (positions !== undefined) for (let j = 0; j < positions.length; j++) run[positions[j]] = 1;
      }
    }
    return run;
  }
}
