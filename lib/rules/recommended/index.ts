import type { Rule } from '../rule';
import { containerImagePinned } from './container-image-pinned';
import { containerResourceRequests } from './container-resource-requests';
import { cronjobConcurrencyDeadline } from './cronjob-concurrency-deadline';
import { cronjobNameJobSuffix } from './cronjob-name-job-suffix';
import { indexedBackoffLimitDefault } from './indexed-backoff-limit-default';
import { jobActiveDeadline } from './job-active-deadline';
import { jobTtlAfterFinished } from './job-ttl-after-finished';

/**
 * Recommended checks: best practice for Jobs, not the API server's verdict (which the other
 * groups implement). All are warnings, on by default; turn one off with `rules: { <id>: off }`
 * or on one object with the annotation `ignore-check.cdk8s-jobs.io/<id>: "<reason>"`.
 * Keep in step with the files in this folder.
 */
export const RECOMMENDED_RULES: readonly Rule[] = [
  jobTtlAfterFinished,
  jobActiveDeadline,
  cronjobConcurrencyDeadline,
  indexedBackoffLimitDefault,
  cronjobNameJobSuffix,
  containerImagePinned,
  containerResourceRequests,
];
