import { ApiObject, Chart, Testing } from 'cdk8s';
import type { IConstruct } from 'constructs';
import * as YAML from 'yaml';
import { KUBERNETES_VERSION_CONTEXT_KEY, kubernetesVersionOf, lintManifest, type Violation } from '../../lib';

/** A chart in a fresh app, optionally targeting a Kubernetes version. */
export function testChart(kubernetesVersion?: string): Chart {
  const app = Testing.app();
  if (kubernetesVersion !== undefined) app.node.setContext(KUBERNETES_VERSION_CONTEXT_KEY, kubernetesVersion);
  return new Chart(app, 'test');
}

/** The object a construct emits (JSON patches applied), without running validations. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function manifestOf(construct: IConstruct): any {
  return ApiObject.of(construct).toJson();
}

/** `{rule, path}` of every error the engine finds in the construct's object, for its app's version. */
export function errorsOf(construct: IConstruct): Array<Pick<Violation, 'rule' | 'path'>> {
  return lintManifest(manifestOf(construct), { kubernetesVersion: kubernetesVersionOf(construct) })
    .filter((v) => v.severity === 'error')
    .map(({ rule, path }) => ({ rule, path }));
}

/** `{rule, path, message}` of every warning the engine finds in the construct's object. */
export function warningsOf(construct: IConstruct): Array<Pick<Violation, 'rule' | 'path' | 'message'>> {
  return lintManifest(manifestOf(construct), { kubernetesVersion: kubernetesVersionOf(construct) })
    .filter((v) => v.severity === 'warning')
    .map(({ rule, path, message }) => ({ rule, path, message }));
}

/** The message `Testing.synth` throws for the chart; fails the test when synth succeeds. */
export function synthError(chart: Chart): string {
  try {
    Testing.synth(chart);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synth to fail, but it succeeded');
}

/** Documents as a readable multi-document YAML file. */
export function toYaml(docs: readonly unknown[]): string {
  return docs.map((d) => YAML.stringify(d)).join('---\n');
}
