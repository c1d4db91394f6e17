/**
 * The engine's TriggerIndex (bits per rule, set by one for-in per anchor object) selects exactly
 * the rules that `isTriggered` does with the document's present triggers (`presentTriggers`), for
 * every rule of each kind, on a spread of the differential generator's cases.
 */
import { describe, expect, it } from 'vitest';
import { toJobView } from '../../lib/manifest/job-view';
import { ALL_RULES } from '../../lib/rules';
import { TriggerIndex, isTriggered, presentTriggers } from '../../lib/rules/triggers';
import { resolveKubernetesVersion } from '../../lib/versions';
import { CASE_COUNT, generateCase } from '../differential/generator';

const KINDS = ['Job', 'CronJob'] as const;
const RULES = Object.fromEntries(KINDS.map((kind) => [kind, ALL_RULES.filter((rule) => rule.appliesTo.includes(kind))]));
const INDEX = Object.fromEntries(KINDS.map((kind) => [kind, new TriggerIndex(RULES[kind])]));

describe('TriggerIndex', () => {
  it.each(['1.28', '1.37'])('selects the rules isTriggered selects (%s)', (version) => {
    let compared = 0;
    for (let i = 0; i < CASE_COUNT; i += 7) {
      const view = toJobView(generateCase(i).manifest, resolveKubernetesVersion(version));
      if (!view) continue;
      const present = presentTriggers(view);
      const selection = INDEX[view.kind].toRun(view);
      const rules = RULES[view.kind];
      const wrong = rules.filter((rule, position) => selection.has(position) !== isTriggered(rule, present)).map((rule) => rule.id);
      expect(wrong, `case ${i}`).toEqual([]);
      compared++;
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('keeps every rule its own bit across words: those a present key triggers and those without triggers, no other', () => {
    const chosen = new Set([0, 29, 30, 31, 59, 60, 64]);
    const rules = Array.from({ length: 65 }, (_, i) => ({
      triggers: i === 61 ? undefined : chosen.has(i) ? (['pod.hostNetwork'] as const) : (['pod.affinity'] as const),
    }));
    const view = toJobView({ kind: 'Job', spec: { template: { spec: { hostNetwork: true } } } }, resolveKubernetesVersion('1.30'))!;
    const selection = new TriggerIndex(rules).toRun(view);
    const selected = rules.map((_, i) => i).filter((i) => selection.has(i));
    expect(selected).toEqual([0, 29, 30, 31, 59, 60, 61, 64]);
  });
});
