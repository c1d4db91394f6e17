import { CRONJOB_DOCS } from '../../cron/docs';
import { parsedSchedule } from '../support/schedule';
import { has } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';

// k8s pkg/apis/batch/validation/validation.go validateCronJobSpec / validateScheduleFormat; the
// parser is robfig/cron v3.0.1 ParseStandard (lib/cron/parse-schedule.ts).
const PATH = 'spec.schedule';
const NO_TZ = 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead';
const TZ_AND_TIME_ZONE = 'cannot use both timeZone field and TZ or CRON_TZ in schedule';
const TZ_UNSUPPORTED = 'TZ or CRON_TZ in the schedule is not officially supported (the API server rejects it from 1.29)';
const PANIC_BEFORE_1_35 =
  'the API server cron parser panics on a TZ= or CRON_TZ= prefix without a space after the zone, so the request fails with an internal error';
const FORMAT_HINT =
  "use a 5-field schedule such as '0 0 * * *' (minute hour day-of-month month day-of-week 0-6) or a descriptor such as '@hourly'; seconds are not supported";
const FORMAT_CONSTRUCT_HINT =
  "use a 5-field schedule such as Cron.daily() or '0 0 * * *' (minute hour day-of-month month day-of-week 0-6) or a descriptor such as '@hourly'; seconds are not supported";
const TZ_HINT = "set timeZone instead of a TZ= prefix, e.g. timeZone: 'Europe/Berlin'";

/** Rows 101–105: the schedule is required, must parse, and may not carry a TZ=/CRON_TZ= prefix (1.29+; 1.28 warns). */
export const cronjobSchedule = defineRule({
  id: 'cronjob-schedule',
  severity: 'error',
  summary: 'a CronJob schedule must be a 5-field cron expression or descriptor that the API server parses, without TZ= or CRON_TZ=',
  docs: CRONJOB_DOCS.schedule,
  appliesTo: ['CronJob'],
  refs: [
    'cronjob.schedule.required',
    'cronjob.schedule.parse',
    'cronjob.schedule.parsePanic',
    'cronjob.schedule.noTZ',
    'cronjob.schedule.noTZWithTimeZone',
    'warn.cronjob.tzInSchedule',
  ],
  hint: FORMAT_HINT,
  constructHint: FORMAT_CONSTRUCT_HINT,
  check(view) {
    const { version, rawCronSpec = {} } = view;
    const raw = rawCronSpec.schedule;
    if (raw !== undefined && raw !== null && typeof raw !== 'string') return []; // a type error: the schema's finding
    const schedule = raw ?? '';
    if (schedule === '') return [required(PATH)];

    const findings: Finding[] = [];
    const parsed = parsedSchedule(view)!;
    if (!parsed.ok) {
      const detail = parsed.panicked && !isAtLeast(version, '1.35') ? PANIC_BEFORE_1_35 : parsed.message;
      const tzPrefix = /^(CRON_)?TZ=/.test(schedule);
      findings.push(invalid(PATH, schedule, detail, tzPrefix ? { hint: TZ_HINT } : {}));
    }
    if (schedule.includes('TZ')) {
      const timeZoneSet = has(rawCronSpec, 'timeZone') && rawCronSpec.timeZone !== null;
      if (isAtLeast(version, '1.29')) findings.push(invalid(PATH, schedule, NO_TZ, { hint: TZ_HINT }));
      else if (timeZoneSet) findings.push(invalid(PATH, schedule, TZ_AND_TIME_ZONE, { hint: 'remove the TZ= prefix and keep timeZone' }));
      else findings.push(invalid(PATH, schedule, TZ_UNSUPPORTED, { severity: 'warning', hint: TZ_HINT }));
    }
    return findings;
  },
});
