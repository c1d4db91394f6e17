// A platform template as product teams would receive it: plain cdk8s-plus, so the kit is proven
// on objects our constructs did not write.
import { ApiObject, Chart, Duration, Testing, type App } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import type { Construct } from 'constructs';

/** Props of {@link nightlyReport}. */
export interface NightlyReportProps {
  readonly image: string;
  /** @default RestartPolicy.NEVER */
  readonly restartPolicy?: kplus.RestartPolicy;
}

/** The template: a ConfigMap and the Job that reads it. */
export function nightlyReport(scope: Construct, id: string, props: NightlyReportProps): kplus.Job {
  const config = new kplus.ConfigMap(scope, `${id}-config`, { data: { FORMAT: 'csv' } });
  const job = new kplus.Job(scope, id, {
    backoffLimit: 2,
    ttlAfterFinished: Duration.hours(1),
    restartPolicy: props.restartPolicy ?? kplus.RestartPolicy.NEVER,
    containers: [{ image: props.image, args: ['--date', 'yesterday'], envFrom: [kplus.Env.fromConfigMap(config)] }],
  });
  return job;
}

/** A chart without name hashes, as the README recommends for snapshot tests. */
export function testChart(id = 'reports', app: App = Testing.app()): Chart {
  return new Chart(app, id, { disableResourceNameHashes: true });
}

/** A hand-written Job (`ApiObject`), the third way users write batch objects. */
export function rawJob(scope: Construct, id: string, restartPolicy: string): ApiObject {
  return new ApiObject(scope, id, {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: id },
    spec: {
      ttlSecondsAfterFinished: 3600,
      activeDeadlineSeconds: 600,
      template: {
        spec: { restartPolicy, containers: [{ name: 'main', image: 'busybox:1.36', resources: { requests: { cpu: '100m', memory: '64Mi' } } }] },
      },
    },
  });
}
