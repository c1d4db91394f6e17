import { GATED_FEATURES, GATED_POD_FIELDS, droppedOn } from '../k8s/features';
import type { KubernetesVersion } from '../versions';
import { REMOVE, parsePodPath, rewriteAt, type PodPathStep } from './pod-paths';

const FIELDS: ReadonlyArray<{ feature: (typeof GATED_POD_FIELDS)[number]['feature']; paths: PodPathStep[][] }> = GATED_POD_FIELDS.map((f) => ({
  feature: f.feature,
  paths: f.podPaths.map(parsePodPath),
}));

/**
 * The pod spec as the API server validates it on create: `pod.DropDisabledTemplateFields`
 * (kubernetes `pkg/api/pod/util.go`, run by the Job and the CronJob strategies alike) removes
 * every gated pod field whose gate is off on `version` (the catalogue's pod rows), keeping the
 * values a row says the drop keeps, or resets it to the row's value (`procMount: Default`). Returns `podSpec` itself when nothing is dropped; the
 * input is never modified.
 */
export function dropDisabledPodFields(podSpec: Record<string, unknown>, version: KubernetesVersion): Record<string, unknown> {
  let out = podSpec;
  for (const { feature, paths } of FIELDS) {
    const gated = GATED_FEATURES[feature];
    if (!droppedOn(gated, version)) continue;
    const kept = gated.keptWhileOff ?? [];
    const replacement = gated.resetWhileOff ?? REMOVE;
    const rewrite = (value: unknown) => (value === null || (typeof value === 'string' && kept.includes(value)) ? value : replacement);
    for (const steps of paths) out = rewriteAt(out, steps, rewrite);
  }
  return out;
}
