import { parseSchedule, type ScheduleParseResult } from '../../cron/parse-schedule';
import type { JobView } from '../../manifest/job-view';

/**
 * The CronJob's `spec.schedule` as written, parsed once per linted document and shared by the
 * schedule rules (`JobView.derived`); `undefined` when it is not a non-empty string.
 */
export function parsedSchedule(view: JobView): ScheduleParseResult | undefined {
  return view.derived(parseWrittenSchedule);
}

function parseWrittenSchedule(view: JobView): ScheduleParseResult | undefined {
  const schedule = view.rawCronSpec?.schedule;
  return typeof schedule === 'string' && schedule !== '' ? parseSchedule(schedule) : undefined;
}
