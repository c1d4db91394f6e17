import { validateManifest } from '../../lib/schema/validate-manifest';
import type { Violation } from '../../lib/violation';

/** A valid batch/v1 Job; `patch` edits a deep copy. */
export function job(patch: (doc: any) => void = () => {}): Record<string, unknown> {
  const doc = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi' },
    spec: {
      backoffLimit: 4,
      template: {
        spec: {
          restartPolicy: 'Never',
          containers: [{ name: 'pi', image: 'perl:5.34.0', command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] }],
        },
      },
    },
  };
  patch(doc);
  return doc;
}

/** A valid batch/v1 CronJob; `patch` edits a deep copy. */
export function cronJob(patch: (doc: any) => void = () => {}): Record<string, unknown> {
  const doc = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello' },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: {
        spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox:1.36' }] } } },
      },
    },
  };
  patch(doc);
  return doc;
}

/** `path: message [rule]` lines, for readable assertions. */
export function lines(manifest: unknown, kubernetesVersion = '1.28'): string[] {
  return validateManifest(manifest, { kubernetesVersion }).map((v: Violation) => `${v.path}: ${v.message} [${v.rule}]`);
}
