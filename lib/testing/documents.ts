import { ApiObject, Chart, type App } from 'cdk8s';
import { KUBERNETES_VERSION_CONTEXT_KEY } from '../jobs/context';
import { withinSynth } from '../jobs/synth-session';
import { resolveKubernetesVersion, type KubernetesVersion } from '../versions';

/** A synthesized Kubernetes object as a plain JSON object (what cdk8s writes to `dist/`). */
export type Manifest = Record<string, any>;

/** A manifest with the construct that emitted it, when it came from a chart. */
export interface SourcedManifest {
  readonly manifest: Manifest;
  /** Construct path of the `ApiObject`, e.g. `my-chart/job/Resource`. */
  readonly constructPath?: string;
}

/**
 * Synthesizes a chart, or every chart of an app in the order `cdk8s synth` writes them, with
 * the construct path of each object. cdk8s's own validations run (and throw) as in `cdk8s synth`.
 */
export function synthesizeScope(scope: Chart | App): SourcedManifest[] {
  const charts = chartsOf(scope);
  return withinSynth(scope, () =>
    charts.flatMap((chart) => {
      const paths = constructPaths(chart);
      return chart.toJson().map((manifest: Manifest) => ({
        manifest,
        constructPath: paths.get(objectKey(manifest.kind, manifest.metadata?.name)),
      }));
    }),
  );
}

/**
 * The target version for a scope: the option, else the context `cdk8s-jobs:kubernetesVersion`,
 * else "1.28".
 * @throws UnsupportedKubernetesVersionError for an unsupported value
 */
export function targetVersionOf(scope: Chart | App, option?: string): KubernetesVersion {
  return resolveKubernetesVersion(option ?? scope.node.tryGetContext(KUBERNETES_VERSION_CONTEXT_KEY));
}

/** True for a cdk8s Chart or App (duck-typed for apps: several cdk8s copies may be loaded). */
export function isChartOrApp(value: unknown): value is Chart | App {
  if (Chart.isChart(value)) return true;
  const v = value as { charts?: unknown; node?: unknown } | null;
  return typeof v === 'object' && v !== null && v.node !== undefined && Array.isArray(v.charts);
}

function chartsOf(scope: Chart | App): Chart[] {
  if (Chart.isChart(scope)) return [scope];
  if (isChartOrApp(scope)) return scope.charts;
  throw new TypeError(`expected a cdk8s Chart or App, received ${describeValue(scope)}`);
}

function constructPaths(chart: Chart): Map<string, string> {
  const paths = new Map<string, string>();
  for (const c of chart.node.findAll()) {
    if (ApiObject.isApiObject(c) && Chart.of(c) === chart) paths.set(objectKey(c.kind, c.name), c.node.path);
  }
  return paths;
}

function objectKey(kind: unknown, name: unknown): string {
  return `${String(kind)}\u0000${String(name)}`;
}

/** A short description of a value for error messages, never `[object Object]`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return `an object of type ${value.constructor?.name ?? 'Object'}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
