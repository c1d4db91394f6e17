import { describe, expect, it } from 'vitest';
import { cronjobConcurrencyDeadline } from '../../../lib/rules/recommended/cronjob-concurrency-deadline';
import { cronCases } from '../cronjob/cronjob-cases';
import { build, runRule } from '../rule-cases';

const P = { path: 'spec.concurrencyPolicy', severity: 'warning' } as const;

cronCases('cronjob-concurrency-deadline', {
  valid: [
    { name: 'concurrencyPolicy is Forbid', spec: { concurrencyPolicy: 'Forbid' } },
    { name: 'concurrencyPolicy is Replace', spec: { concurrencyPolicy: 'Replace' } },
    { name: 'runs may overlap but have a deadline', jobSpec: { activeDeadlineSeconds: 240 } },
  ],
  invalid: [
    { name: 'concurrencyPolicy is unset (Allow)', errors: [P] },
    { name: 'concurrencyPolicy is "" (Allow)', spec: { concurrencyPolicy: '' }, errors: [P] },
    { name: 'concurrencyPolicy is Allow', spec: { concurrencyPolicy: 'Allow' }, errors: [P] },
  ],
});

describe('cronjob-concurrency-deadline', () => {
  it('says when Allow is the default', () => {
    expect(runRule(cronjobConcurrencyDeadline, build('CronJob', {}))[0].message).toContain('defaulted');
    expect(runRule(cronjobConcurrencyDeadline, build('Job', {}))).toEqual([]);
  });
});
