import { describe, expect, it } from 'vitest';
import { corpusCronJob, cronCases, cronJob, messageOf, violationsOf } from './cronjob-cases';

const RULE = 'cronjob-schedule';
const PATH = 'spec.schedule';
const ALL = ['1.28', '1.29', '1.34', '1.35', '1.36'];

cronCases(RULE, {
  valid: [
    { name: 'a 5-field schedule', spec: { schedule: '*/15 9-17 * * mon-fri' } },
    { name: 'the @hourly descriptor', spec: { schedule: '@hourly' }, versions: ALL },
    { name: '@annually', spec: { schedule: '@annually' } },
    { name: '@every with a Go duration', spec: { schedule: '@every 1h30m' } },
    { name: 'names in any case', spec: { schedule: '0 0 1 JAN-Jun SUN,sat' } },
    { name: '? as a wildcard', spec: { schedule: '* * * * ?' } },
    { name: 'a step larger than the range', spec: { schedule: '*/60 * * * *' } },
    { name: 'extra white space between fields', spec: { schedule: ' 0\t0  * * * ' } },
    { name: 'a day that never comes (not checked by the server)', spec: { schedule: '0 0 31 2 *' } },
  ],
  invalid: [
    { name: 'the schedule is missing', mutate: (m) => delete (m.spec as Record<string, unknown>).schedule, errors: [PATH] },
    { name: 'the schedule is null', spec: { schedule: null }, errors: [PATH] },
    { name: 'the schedule is empty', spec: { schedule: '' }, errors: [PATH] },
    { name: 'it has a seconds field', spec: { schedule: '0 0 * * * *' }, errors: [PATH], versions: ALL },
    { name: 'it has 4 fields', spec: { schedule: '1 * * *' }, errors: [PATH] },
    { name: 'the minute is 60', spec: { schedule: '60 * * * *' }, errors: [PATH] },
    { name: 'day of week is 7', spec: { schedule: '0 0 * * 7' }, errors: [PATH] },
    { name: 'day of month is 0', spec: { schedule: '0 0 0 * *' }, errors: [PATH] },
    { name: 'a range is reversed', spec: { schedule: '0 5-3 * * *' }, errors: [PATH] },
    { name: 'the step is 0', spec: { schedule: '*/0 * * * *' }, errors: [PATH] },
    { name: 'Quartz L is used', spec: { schedule: '0 0 L * *' }, errors: [PATH] },
    { name: 'the descriptor is unknown', spec: { schedule: '@fortnightly' }, errors: [PATH] },
    { name: 'the @every duration is bad', spec: { schedule: '@every 1d' }, errors: [PATH] },
    { name: 'TZ= names an unknown zone (1.28)', spec: { schedule: 'TZ=Mars/Olympus 0 * * * *' }, versions: ['1.28'], errors: [PATH, { path: PATH, severity: 'warning' }] },
    { name: 'TZ= names an unknown zone (1.29+)', spec: { schedule: 'TZ=Mars/Olympus 0 * * * *' }, versions: ['1.29', '1.36'], errors: [PATH, PATH] },
  ],
});

describe('TZ and CRON_TZ in the schedule, by version', () => {
  it.each(['TZ=UTC 0 * * * *', 'CRON_TZ=Europe/Berlin 0 2 * * *', '0 0 * * * # TZ'])('reports %j as an error from 1.29', (schedule) => {
    for (const v of ['1.29', '1.35', '1.36']) {
      expect(violationsOf(RULE, cronJob({ spec: { schedule } }), v).map((x) => [x.severity, x.path])).toContainEqual(['error', PATH]);
    }
  });

  it('only warns on 1.28 when timeZone is not set', () => {
    expect(violationsOf(RULE, cronJob({ spec: { schedule: 'TZ=UTC 0 * * * *' } }), '1.28').map((v) => v.severity)).toEqual(['warning']);
  });

  it('reports TZ= together with timeZone as an error on 1.28', () => {
    const m = cronJob({ spec: { schedule: 'TZ=UTC 0 * * * *', timeZone: 'Etc/UTC' } });
    expect(messageOf(RULE, m, '1.28')).toMatchInlineSnapshot(
      `"error spec.schedule: Invalid value: "TZ=UTC 0 * * * *": cannot use both timeZone field and TZ or CRON_TZ in schedule"`,
    );
    expect(messageOf(RULE, m, '1.29')).toMatchInlineSnapshot(
      `"error spec.schedule: Invalid value: "TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"`,
    );
  });

  it('reports a TZ= prefix without a space (the parser panics) on both sides of 1.35', () => {
    const m = cronJob({ spec: { schedule: 'TZ=UTC' } });
    expect(messageOf(RULE, m, '1.35')).toMatchInlineSnapshot(`
      "error spec.schedule: Invalid value: "TZ=UTC": invalid schedule format: runtime error: slice bounds out of range [:-1]
      error spec.schedule: Invalid value: "TZ=UTC": cannot use TZ or CRON_TZ in schedule, use timeZone field instead"
    `);
    expect(violationsOf(RULE, m, '1.34')[0].message).toContain('panics');
    expect(violationsOf(RULE, m, '1.28').map((v) => v.severity)).toEqual(['error', 'warning']);
  });
});

describe('messages', () => {
  it.each([
    ['0 0 * * * *', 'expected exactly 5 fields, found 6: [0 0 * * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['@every 1d', 'failed to parse duration @every 1d: time: unknown unit "d" in duration "1d"'],
    ['0 0 L * *', 'failed to parse int from L: strconv.Atoi: parsing "L": invalid syntax'],
  ])('pins the parser text for %j', (schedule, text) => {
    expect(violationsOf(RULE, cronJob({ spec: { schedule } }))[0].message).toBe(`Invalid value: ${JSON.stringify(schedule)}: ${text}`);
  });

  it('renders a missing schedule as Required value with a manifest hint and a construct hint', () => {
    const [v] = violationsOf(RULE, cronJob({ spec: { schedule: '' } }));
    expect(v).toMatchInlineSnapshot(`
      {
        "constructHint": "use a 5-field schedule such as Cron.daily() or '0 0 * * *' (minute hour day-of-month month day-of-week 0-6) or a descriptor such as '@hourly'; seconds are not supported",
        "docs": "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax",
        "hint": "use a 5-field schedule such as '0 0 * * *' (minute hour day-of-month month day-of-week 0-6) or a descriptor such as '@hourly'; seconds are not supported",
        "message": "Required value",
        "path": "spec.schedule",
        "rule": "cronjob-schedule",
        "severity": "error",
        "type": "FieldValueRequired",
      }
    `);
  });

  it('never throws on a schedule of the wrong type (the schema reports it)', () => {
    expect(violationsOf(RULE, cronJob({ spec: { schedule: 5 } }))).toEqual([]);
  });
});

describe('corpus', () => {
  it('reports the 4-field schedule of datree__hello-four-field-schedule.yaml', () => {
    expect(messageOf(RULE, corpusCronJob('datree__hello-four-field-schedule.yaml'))).toBe(
      'error spec.schedule: Invalid value: "1 * * *": expected exactly 5 fields, found 4: [1 * * *]',
    );
  });

  it('reports the schedule of argocd-example-apps__invalid-cronjob-schedule.yaml', () => {
    expect(messageOf(RULE, corpusCronJob('argocd-example-apps__invalid-cronjob-schedule.yaml'))).toBe(
      'error spec.schedule: Invalid value: "invalid-schedule": expected exactly 5 fields, found 1: [invalid-schedule]',
    );
  });

  it.each(['user-goungg__es-index-cleaner-unquoted-schedule.yaml', 'descheduler__descheduler-cronjob.yaml', 'popeye__popeye-cronjob.yaml'])(
    'accepts the schedule of %s',
    (file) => {
      expect(violationsOf(RULE, corpusCronJob(file), '1.36')).toEqual([]);
    },
  );
});
