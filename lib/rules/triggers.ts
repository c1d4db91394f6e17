import { asArray, asObject } from '../manifest/access';
import type { JobView } from '../manifest/job-view';
import type { Rule, Trigger, TriggerAnchor } from './rule';

/** The lists whose items are `container` anchors. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/**
 * Calls `visit` for every key present at each anchor of {@link Trigger}, as written and after
 * defaulting (a key may be visited more than once). The one definition of "present" that the
 * engine's skipping and its tests share. For-in, not own keys only: a rule reads inherited
 * enumerable properties too, so they count.
 */
export function visitPresentKeys(view: JobView, visit: (anchor: TriggerAnchor, key: string) => void): void {
  keysOfBoth('metadata', asObject(view.manifest.metadata), view.metadata, visit);
  if (view.kind === 'CronJob') keysOfBoth('cron', view.rawCronSpec, view.cronSpec, visit);
  keysOfBoth('job', view.rawSpec, view.spec, visit);
  const rawTemplate = asObject(view.rawSpec.template);
  keysOfBoth('podMetadata', asObject(rawTemplate?.metadata), asObject(asObject(view.spec.template)?.metadata), visit);
  const rawPod = asObject(rawTemplate?.spec);
  keysOfBoth('pod', rawPod, view.podSpec, visit);
  for (const list of CONTAINER_LISTS) {
    const raw = asArray(rawPod?.[list]);
    const defaulted = asArray(view.podSpec[list]);
    if (raw) for (const item of raw) keysOf('container', asObject(item), visit);
    if (defaulted && defaulted !== raw) for (const item of defaulted) keysOf('container', asObject(item), visit);
  }
}

function keysOfBoth(anchor: TriggerAnchor, raw: Record<string, unknown> | undefined, defaulted: Record<string, unknown> | undefined, visit: (anchor: TriggerAnchor, key: string) => void): void {
  keysOf(anchor, raw, visit);
  if (defaulted !== raw) keysOf(anchor, defaulted, visit);
}

function keysOf(anchor: TriggerAnchor, o: Record<string, unknown> | undefined, visit: (anchor: TriggerAnchor, key: string) => void): void {
  for (const key in o) visit(anchor, key);
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
  visitPresentKeys(view, (anchor, key) => out.add(`${anchor}.${key}`));
  return out;
}

/** Whether a rule is worth running on a document whose present triggers are `present`. */
export function isTriggered(rule: Pick<Rule, 'triggers'>, present: ReadonlySet<Trigger>): boolean {
  return rule.triggers === undefined || rule.triggers.some((t) => present.has(t));
}

/**
 * For one list of rules, which of them a document triggers: built once per kind at module load,
 * then one pass over the document's keys per lint, and no work at all for a rule left out.
 */
export class TriggerIndex {
  /** 1 for every rule without triggers, 0 for the others. */
  private readonly always: Uint8Array;
  /** Per anchor, key → the positions of the rules it triggers. */
  private readonly byKey: ReadonlyMap<TriggerAnchor, ReadonlyMap<string, readonly number[]>>;

  constructor(rules: readonly Pick<Rule, 'triggers'>[]) {
    this.always = Uint8Array.from(rules, (rule) => (rule.triggers === undefined ? 1 : 0));
    const byKey = new Map<TriggerAnchor, Map<string, number[]>>();
    rules.forEach((rule, position) => {
      for (const trigger of rule.triggers ?? []) {
        const dot = trigger.indexOf('.');
        const anchor = trigger.slice(0, dot) as TriggerAnchor;
        const key = trigger.slice(dot + 1);
        const keys = byKey.get(anchor) ?? byKey.set(anchor, new Map()).get(anchor)!;
        const positions = keys.get(key) ?? keys.set(key, []).get(key)!;
        if (!positions.includes(position)) positions.push(position);
      }
    });
    this.byKey = byKey;
  }

  /** One flag per rule, in the rules' order: 1 when the rule must run on this document. */
  toRun(view: JobView): Uint8Array {
    const run = this.always.slice();
    const byKey = this.byKey;
    visitPresentKeys(view, (anchor, key) => {
      const positions = byKey.get(anchor)?.get(key);
      if (positions) for (let i = 0; i < positions.length; i++) run[positions[i]] = 1;
    });
    return run;
  }
}
