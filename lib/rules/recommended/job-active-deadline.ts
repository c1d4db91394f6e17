import { required } from '../findings';
import { defineRule } from '../rule';
import { isSet } from '../support/values';
import { allowsOverlap } from './cronjob-concurrency-deadline';

/**
 * backoffLimit counts failed pods only: a pod that hangs keeps the Job running for ever. (A
 * CronJob that allows overlapping runs gets the more specific `cronjob-concurrency-deadline`.)
 */
export const jobActiveDeadline = defineRule({
  id: 'job-active-deadline',
  severity: 'warning',
  summary: 'a Job should set activeDeadlineSeconds: backoffLimit counts failures only, and a hung pod runs for ever',
  docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup',
  appliesTo: ['Job', 'CronJob'],
  refs: [],
  hint: 'set activeDeadlineSeconds to the longest the Job may run (e.g. 3600), counted from its start',
  constructHint: 'set activeDeadline to the longest the Job may run (e.g. Duration.hours(1))',
  check(view) {
    if (isSet(view.rawSpec.activeDeadlineSeconds) || allowsOverlap(view)) return [];
    return [required(view.at('activeDeadlineSeconds'), 'a pod that hangs keeps the Job running until someone deletes it')];
  },
});
