import { isAtLeast, type KubernetesVersion } from '../versions';
import { CATALOGUE, qualifiedDefinition, type CatalogueField } from './catalogue';

/**
 * One closed value set of the API: a string field whose other values the API server rejects on
 * create. The schema generator turns each entry into a JSON Schema `enum`; the schema validator
 * prints `values` in the order the server prints them (`Unsupported value: "x": supported values:
 * "A", "B"`).
 *
 * Only sets the server really validates belong here (a false error is worse than a missed one).
 * Each entry names the validation code that enforces it.
 */
export interface ClosedSet {
  /** Fully qualified OpenAPI definition name, e.g. `io.k8s.api.batch.v1.JobSpec`. */
  readonly definition: string;
  /** The property of that definition. */
  readonly property: string;
  /** Accepted values, in the order the API server lists them in its message. */
  readonly values: readonly string[];
  /**
   * True when the server defaults an empty string before validating, so `""` is accepted too
   * (it is then not listed among the supported values).
   * @default false
   */
  readonly emptyIsDefaulted?: boolean;
  /** First version with this set. @default every supported version */
  readonly since?: KubernetesVersion;
  /** Last version with this set. @default every supported version */
  readonly until?: KubernetesVersion;
  /** Where the server enforces it (kubernetes/kubernetes file and function). */
  readonly source: string;
}

/**
 * The closed value sets of batch/v1 Job and CronJob and of the pod template they embed, in
 * catalogue order: every `values` entry of `lib/k8s/catalogue.ts`.
 */
export const ENUM_TABLE: readonly ClosedSet[] = (CATALOGUE as readonly CatalogueField[]).flatMap((row) =>
  (row.values ?? []).map((set) => ({
    definition: qualifiedDefinition(row.definition),
    property: row.field,
    values: set.values,
    ...(set.emptyIsDefaulted ? { emptyIsDefaulted: true } : {}),
    ...(set.since ? { since: set.since } : {}),
    ...(set.until ? { until: set.until } : {}),
    source: set.source,
  })),
);

/** The closed sets that apply on one Kubernetes version. */
export function closedSetsFor(version: KubernetesVersion): ClosedSet[] {
  return ENUM_TABLE.filter(
    (s) => (s.since === undefined || isAtLeast(version, s.since)) && (s.until === undefined || isAtLeast(s.until, version)),
  );
}
