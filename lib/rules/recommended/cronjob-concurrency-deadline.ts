import { CRONJOB_DOCS } from '../../cron/docs';
import type { JobView } from '../../manifest/job-view';
import { invalid } from '../findings';
import { defineRule } from '../rule';
import { isSet } from '../support/values';

/** A CronJob that starts a run while the last one still runs (concurrencyPolicy Allow, the default), with no deadline on its Jobs. */
export function allowsOverlap(view: JobView): boolean {
  return view.kind === 'CronJob' && view.cronSpec?.concurrencyPolicy === 'Allow' && !isSet(view.rawSpec.activeDeadlineSeconds);
}

/** Runs that hang pile up: each schedule tick adds one more Job next to the ones still running. */
export const cronjobConcurrencyDeadline = defineRule({
  id: 'cronjob-concurrency-deadline',
  severity: 'warning',
  summary: 'a CronJob that allows concurrent runs should bound each run with activeDeadlineSeconds, or forbid or replace overlapping runs',
  docs: CRONJOB_DOCS.concurrencyPolicy,
  appliesTo: ['CronJob'],
  refs: [],
  hint: 'set concurrencyPolicy: Forbid (or Replace), or spec.jobTemplate.spec.activeDeadlineSeconds shorter than the schedule interval',
  constructHint: 'set concurrencyPolicy: ConcurrencyPolicy.FORBID (or REPLACE), or an activeDeadline on the job template shorter than the schedule interval',
  check(view) {
    if (!allowsOverlap(view)) return [];
    const written = isSet(view.rawCronSpec?.concurrencyPolicy);
    return [
      invalid('spec.concurrencyPolicy', 'Allow', `${written ? '' : 'defaulted: '}runs may overlap and, with no activeDeadlineSeconds, hung runs pile up`),
    ];
  },
});
