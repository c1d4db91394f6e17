import { GATED_FEATURES, GATED_POD_FIELDS, droppedOn } from '../k8s/features';
import { KUBERNETES_VERSIONS, type KubernetesVersion } from '../versions';
import { REMOVE, parsePodPath, rewriteAt, type PodPathStep } from './pod-paths';

/** One gated pod field the create strategy drops: its paths and what it leaves in place of a value. */
interface DroppedField {
  readonly paths: readonly PodPathStep[][];
  readonly rewrite: (value: unknown) => unknown;
}

/** The dropped fields of each supported version, worked out once from the catalogue. */
const DROPPED_BY_VERSION = Object.fromEntries(
  KUBERNETES_VERSIONS.map((version) => [
    version,
    GATED_POD_FIELDS.filter((f) => droppedOn(GATED_FEATURES[f.feature], version)).map((f): DroppedField => {
      const gated = GATED_FEATURES[f.feature];
      const kept: readonly string[] = gated.keptWhileOff ?? [];
      const replacement = gated.resetWhileOff ?? REMOVE;
      return {
        paths: f.podPaths.map(parsePodPath),
        rewrite: (value) => (value === null || (typeof value === 'string' && kept.includes(value)) ? value : replacement),
      };
    }),
  ]),
) as Record<string, readonly DroppedField[]> as Readonly<Record<KubernetesVersion, readonly DroppedField[]>>;

/**
 * The pod spec as the API server validates it on create: `pod.DropDisabledTemplateFields`
 * (kubernetes `pkg/api/pod/util.go`, run by the Job and the CronJob strategies alike) removes
 * every gated pod field whose gate is off on `version` (the catalogue's pod rows), keeping the
 * values a row says the drop keeps, or resets it to the row's value (`procMount: Default`). Returns `podSpec` itself when nothing is dropped; the
 * input is never modified.
 */
export function dropDisabledPodFields(podSpec: Record<string, unknown>, version: KubernetesVersion): Record<string, unknown> {
  let out = podSpec;
  const dropped = DROPPED_BY_VERSION[version];
  for (let f = 0; f < dropped.length; f++) {
    const { paths, rewrite } = dropped[f];
    for (let p = 0; p < paths.length; p++) out = rewriteAt(out, paths[p], rewrite);
  }
  return out;
}
