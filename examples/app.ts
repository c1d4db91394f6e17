import { App } from 'cdk8s';
import type { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { KUBERNETES_VERSION_CONTEXT_KEY, WARNINGS_CONTEXT_KEY, resolveKubernetesVersion, type KubernetesVersion } from '../lib';
import { DailyCronJobChart } from './daily-cron-job';
import { GuideJobsChart } from './guide-jobs';
import { IndexedJobChart } from './indexed-job';
import { KuardOneShotChart } from './kuard-oneshot';
import { KuardParallelChart } from './kuard-parallel';
import { KuardWorkQueueChart } from './kuard-work-queue';
import { ManualSelectorChart } from './manual-selector';
import { PiChart } from './pi';
import { SuspendedJobChart } from './suspended-job';

/** Every example chart by id; the id is also the file name in dist/ (`<id>.k8s.yaml`). */
export const EXAMPLE_CHARTS: Readonly<Record<string, new (scope: Construct, id: string) => Chart>> = {
  'kuard-oneshot': KuardOneShotChart,
  'kuard-parallel': KuardParallelChart,
  'kuard-work-queue': KuardWorkQueueChart,
  pi: PiChart,
  'suspended-job': SuspendedJobChart,
  'manual-selector': ManualSelectorChart,
  'indexed-job': IndexedJobChart,
  'daily-cron-job': DailyCronJobChart,
  'guide-jobs': GuideJobsChart,
};

/** Options for {@link createExamplesApp}. */
export interface ExamplesAppOptions {
  /** Where `app.synth()` writes. */
  readonly outdir?: string;
  /** Target Kubernetes version. @default "1.28" */
  readonly kubernetesVersion?: KubernetesVersion;
  /** Print warnings to stderr at synth (else the example app sets `cdk8s-jobs:warnings` to "ignore"). @default false */
  readonly printWarnings?: boolean;
}

/** The example app: every chart of {@link EXAMPLE_CHARTS}, checked for one Kubernetes version. */
export function createExamplesApp(options: ExamplesAppOptions = {}): App {
  const app = new App({ outdir: options.outdir });
  // context must be set before the first child is added
  app.node.setContext(KUBERNETES_VERSION_CONTEXT_KEY, resolveKubernetesVersion(options.kubernetesVersion));
  if (!options.printWarnings) app.node.setContext(WARNINGS_CONTEXT_KEY, 'ignore');
  for (const [id, ExampleChart] of Object.entries(EXAMPLE_CHARTS)) new ExampleChart(app, id);
  return app;
}
