export { CRONJOB_DOCS } from './docs';
export { CRON_FIELDS, type FieldBounds, type FieldValues } from './fields';
export { firesAtLeastOnce } from './fires';
export { parseSchedule, type CronFieldValues, type ParsedSchedule, type ScheduleParseResult } from './parse-schedule';
