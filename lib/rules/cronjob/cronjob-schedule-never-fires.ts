import { CRONJOB_DOCS } from '../../cron/docs';
import { firesAtLeastOnce } from '../../cron/fires';
import { parsedSchedule } from '../support/schedule';
import { asString } from '../../manifest/access';
import { invalid } from '../findings';
import { defineRule } from '../rule';

/**
 * A schedule the API server accepts but that matches no date, e.g. `0 0 30 2 *` (30 February) or
 * an empty list such as `, * * * *`: the CronJob never creates a Job. robfig/cron does not check
 * day-of-month against month, and Kubernetes does not either.
 */
export const cronjobScheduleNeverFires = defineRule({
  id: 'cronjob-schedule-never-fires',
  severity: 'warning',
  summary: 'a CronJob schedule should match at least one date',
  docs: CRONJOB_DOCS.schedule,
  appliesTo: ['CronJob'],
  refs: [],
  hint: 'pick a day of month that exists in the chosen months (February has at most 29 days), or set a day of week',
  check(view) {
    const schedule = asString(view.rawCronSpec?.schedule);
    const parsed = parsedSchedule(view);
    if (!schedule || !parsed || !parsed.ok || firesAtLeastOnce(parsed.schedule)) return [];
    return [invalid('spec.schedule', schedule, 'matches no date, so the CronJob never creates a Job')];
  },
});
