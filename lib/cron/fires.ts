import type { ParsedSchedule } from './parse-schedule';

/** Longest day of each month (February counts its leap day). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * False when a schedule the parser accepts can never fire, e.g. `0 0 30 2 *` (30 February) or
 * `, * * * *` (an empty minute list). Day of month and day of week combine as in robfig/cron
 * v3 `spec.go` dayMatches: with AND when either is written `*`/`?`, otherwise with OR.
 */
export function firesAtLeastOnce(schedule: ParsedSchedule): boolean {
  if (schedule.kind === 'every') return true;
  const { minute, hour, dayOfMonth, month, dayOfWeek } = schedule.fields;
  if (minute.values.length === 0 || hour.values.length === 0) return false;
  const someDate = month.values.some((m) => dayOfMonth.values.some((d) => d <= MONTH_DAYS[m - 1]));
  const someWeekday = dayOfWeek.values.length > 0;
  return dayOfMonth.star || dayOfWeek.star ? someDate && someWeekday : someDate || (someWeekday && month.values.length > 0);
}
