import { describe, expect, it } from 'vitest';
import { cronCases, cronJob, messageOf } from './cronjob-cases';

const RULE = 'cronjob-indexed-job-name';
const WARN = { path: 'metadata.name', severity: 'warning' } as const;
// <name>-<8 digits>-<index> must fit 63 characters: with completions 10 (index 9) the name may have 52.
const FITS = 'a'.repeat(52);

cronCases(RULE, {
  valid: [
    { name: 'a NonIndexed template with a long name', metadata: { name: FITS }, jobSpec: { completions: 100000 } },
    { name: 'an Indexed template whose hostnames fit', metadata: { name: FITS }, jobSpec: { completionMode: 'Indexed', completions: 10 } },
    { name: 'an Indexed template without completions (defaulted to 1)', metadata: { name: FITS }, jobSpec: { completionMode: 'Indexed' } },
    { name: 'an Indexed template with completions 0', metadata: { name: 'a.b' }, jobSpec: { completionMode: 'Indexed', completions: 0 } },
  ],
  invalid: [
    {
      name: 'the pod index makes the hostname longer than 63',
      metadata: { name: FITS },
      jobSpec: { completionMode: 'Indexed', completions: 11 },
      errors: [WARN],
    },
    { name: 'the name has a dot', metadata: { name: 'nightly.report' }, jobSpec: { completionMode: 'Indexed', completions: 3 }, errors: [WARN] },
  ],
});

describe('message', () => {
  it('explains the hostname and the room left', () => {
    const m = cronJob({ metadata: { name: FITS }, jobSpec: { completionMode: 'Indexed', completions: 100 } });
    const [line] = messageOf(RULE, m).split('\n');
    expect(line).toBe(
      `warning metadata.name: Invalid value: "${FITS}": every Job this CronJob creates would be rejected: its pods' hostname ${FITS}-<8-digit time>-99 is not a valid DNS label (at most 63 characters, no dots)`,
    );
  });
});
