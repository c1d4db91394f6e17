import type { ManifestKind } from '../manifest/job-view';

/** The apiVersion every supported Kubernetes version (1.28+) serves for Job and CronJob. */
export const SERVED_BATCH_API_VERSION = 'batch/v1';

/** A batch apiVersion that once served a kind and no longer does on any supported version. */
export interface RemovedApiVersion {
  /** The kind it used to serve. */
  readonly kind: ManifestKind;
  /** The removed apiVersion, e.g. `batch/v1beta1`. */
  readonly apiVersion: string;
  /** The Kubernetes release that stopped serving it. */
  readonly removedIn: string;
  /** Why it is gone, for the message. */
  readonly detail: string;
  /** What to change: lowercase, no trailing period. */
  readonly hint: string;
}

/** Removed batch apiVersions (Kubernetes deprecation guide). */
export const REMOVED_BATCH_API_VERSIONS: readonly RemovedApiVersion[] = [
  {
    kind: 'CronJob',
    apiVersion: 'batch/v1beta1',
    removedIn: '1.25',
    detail: 'CronJob is no longer served in batch/v1beta1 (removed in Kubernetes 1.25)',
    hint: 'change apiVersion to batch/v1; the CronJob spec is the same',
  },
  {
    kind: 'CronJob',
    apiVersion: 'batch/v2alpha1',
    removedIn: '1.21',
    detail: 'CronJob is no longer served in batch/v2alpha1 (alpha, never served by default, removed in Kubernetes 1.21)',
    hint: 'change apiVersion to batch/v1; the CronJob spec is the same',
  },
];

/** The kubernetes.io page that lists removed APIs and their replacements. */
export const API_REMOVAL_DOCS = 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/#cronjob-v125';

/** The removal record for a kind and apiVersion, or `undefined` when it was never a removed version. */
export function removedApiVersion(kind: ManifestKind, apiVersion: string): RemovedApiVersion | undefined {
  return REMOVED_BATCH_API_VERSIONS.find((r) => r.kind === kind && r.apiVersion === apiVersion);
}
