import { cronCases } from './cronjob-cases';

const WARN = { path: 'spec.schedule', severity: 'warning' } as const;

cronCases('cronjob-schedule-never-fires', {
  valid: [
    { name: 'a daily schedule', spec: { schedule: '0 0 * * *' } },
    { name: '29 February (leap years)', spec: { schedule: '0 0 29 2 *' } },
    { name: '31 February or Mondays (day of week ORs when neither is *)', spec: { schedule: '0 0 31 2 1' } },
    { name: '@every', spec: { schedule: '@every 5m' } },
    { name: 'an unparsable schedule (cronjob-schedule reports it)', spec: { schedule: 'nope' } },
  ],
  invalid: [
    { name: '30 February', spec: { schedule: '0 0 30 2 *' }, errors: [WARN] },
    { name: '31 April', spec: { schedule: '0 0 31 4 *' }, errors: [WARN] },
    { name: 'the minute list is empty', spec: { schedule: ', * * * *' }, errors: [WARN] },
  ],
});
