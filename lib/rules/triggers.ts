import { asArray, asObject } from '../manifest/access';
import type { JobView } from '../manifest/job-view';
import type { Rule, Trigger, TriggerAnchor } from './rule';

/** The lists whose items are `container` anchors. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** Receives the objects of a document at the anchors of {@link Trigger}, one call each. */
export interface AnchorVisitor {
  visit(anchor: TriggerAnchor, object: Record<string, unknown>): void;
}

/**
 * Every object of `view` at an anchor of {@link Trigger}, as written and after defaulting (the
 * same object once), handed to `visitor`: a key is present when a for-in over one of them
 * yields it. The one definition of "present" that the engine's skipping and its tests share.
 * For-in, not own keys only: a rule reads inherited enumerable properties too, so they count.
 * (A visitor object, not a callback or collected lists: nothing is allocated per document.)
 */
export function visitAnchorObjects(view: JobView, visitor: AnchorVisitor): void {
  visitBoth(visitor, 'metadata', asObject(view.manifest.metadata), view.metadata);
  if (view.kind === 'CronJob') visitBoth(visitor, 'cron', view.rawCronSpec, view.cronSpec);
  visitBoth(visitor, 'job', view.rawSpec, view.spec);
  const rawTemplate = asObject(view.rawSpec.template);
  visitBoth(visitor, 'podMetadata', asObject(rawTemplate?.metadata), asObject(asObject(view.spec.template)?.metadata));
  const rawPod = asObject(rawTemplate?.spec);
  visitBoth(visitor, 'pod', rawPod, view.podSpec);
  for (let l = 0; l < CONTAINER_LISTS.length; l++) {
    const raw = asArray(rawPod?.[CONTAINER_LISTS[l]]);
    const defaulted = asArray(view.podSpec[CONTAINER_LISTS[l]]);
    visitContainers(visitor, raw);
    if (defaulted !== raw) visitContainers(visitor, defaulted);
  }
}

function visitBoth(visitor: AnchorVisitor, anchor: TriggerAnchor, raw: Record<string, unknown> | undefined, defaulted: Record<string, unknown> | undefined): void {
  if (raw) visitor.visit(anchor, raw);
  if (defaulted && defaulted !== raw) visitor.visit(anchor, defaulted);
}

function visitContainers(visitor: AnchorVisitor, items: readonly unknown[] | undefined): void {
  if (!items) return;
  for (let i = 0; i < items.length; i++) {
    const container = asObject(items[i]);
    if (container) visitor.visit('container', container);
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
  visitAnchorObjects(view, {
    visit(anchor, o) {
      for (const key in o) out.add(`${anchor}.${key}`);
    },
  });
  return out;
}

/** Whether a rule is worth running on a document whose present triggers are `present`. */
export function isTriggered(rule: Pick<Rule, 'triggers'>, present: ReadonlySet<Trigger>): boolean {
  return rule.triggers === undefined || rule.triggers.some((t) => present.has(t));
}

/** Rules per word of a {@link RuleSelection}: 30 bits keep every word a small integer (no heap number). */
const BITS_PER_WORD = 30;

/**
 * Per trigger key, the rules it triggers as `[word, bits, word, bits, …]` (one pair per word it
 * touches): a prototype-less object, the quickest lookup for a for-in's keys.
 */
type KeyIndex = Record<string, readonly number[] | undefined>;

/** Which rules of a {@link TriggerIndex} run on one document, by their position in its list. */
export interface RuleSelection {
  has(position: number): boolean;
}

/**
 * For one list of rules, which of them a document triggers: built once per kind at module load,
 * then one for-in over each anchor object per lint, and no work at all for a rule left out.
 */
export class TriggerIndex {
  /** The rules without triggers, one bit each: a few words per document to copy, not a flag per rule. */
  private readonly always: readonly number[];
  private readonly byAnchor: Readonly<Record<TriggerAnchor, KeyIndex>>;

  constructor(rules: readonly Pick<Rule, 'triggers'>[]) {
    const words = () => new Array<number>(Math.ceil(rules.length / BITS_PER_WORD)).fill(0);
    const always = words();
    const byKey: Record<TriggerAnchor, Map<string, number[]>> = {
      metadata: new Map(),
      cron: new Map(),
      job: new Map(),
      podMetadata: new Map(),
      pod: new Map(),
      container: new Map(),
    };
    rules.forEach((rule, position) => {
      const word = Math.floor(position / BITS_PER_WORD);
      const bit = 1 << position % BITS_PER_WORD;
      if (rule.triggers === undefined) always[word] |= bit;
      for (const trigger of rule.triggers ?? []) {
        const dot = trigger.indexOf('.');
        const keys = byKey[trigger.slice(0, dot) as TriggerAnchor];
        const key = trigger.slice(dot + 1);
        if (!keys.has(key)) keys.set(key, words());
        keys.get(key)![word] |= bit;
      }
    });
    this.always = always;
    const index = (keys: Map<string, number[]>): KeyIndex => {
      const out: Record<string, number[]> = Object.create(null);
      for (const [key, bits] of keys) out[key] = bits.flatMap((b, word) => (b === 0 ? [] : [word, b]));
      return out;
    };
    this.byAnchor = {
      metadata: index(byKey.metadata),
      cron: index(byKey.cron),
      job: index(byKey.job),
      podMetadata: index(byKey.podMetadata),
      pod: index(byKey.pod),
      container: index(byKey.container),
    };
  }

  /** The rules that must run on this document. */
  toRun(view: JobView): RuleSelection {
    const marks = new RunMarks(this.always.slice(), this.byAnchor);
    visitAnchorObjects(view, marks);
    return marks;
  }
}

/** Sets the bits of the rules that the keys of each anchor object trigger. */
class RunMarks implements AnchorVisitor, RuleSelection {
  constructor(
    private readonly words: number[],
    private readonly byAnchor: Readonly<Record<TriggerAnchor, KeyIndex>>,
  ) {}

  visit(anchor: TriggerAnchor, object: Record<string, unknown>): void {
    const index = this.byAnchor[anchor];
    const words = this.words;
    for (const key in object) {
      const bits = index[key];
      if (bits !== undefined) for (let j = 0; j < bits.length; j += 2) words[bits[j]] |= bits[j + 1];
    }
  }

  has(position: number): boolean {
    return (this.words[(position / BITS_PER_WORD) | 0] & (1 << position % BITS_PER_WORD)) !== 0;
  }
}
