import { describe, expect, it } from 'vitest';
import { cronjobNameJobSuffix } from '../../../lib/rules/recommended/cronjob-name-job-suffix';
import { build, ruleCases, runRule } from '../rule-cases';

const name = (n: number) => 'a'.repeat(n);

ruleCases(cronjobNameJobSuffix, {
  valid: [
    { name: 'the name has 48 characters (pods: 48 + 10 = 58)', metadata: { name: name(48) } },
    { name: 'the name has more than 52 characters (cronjob-name-length refuses it)', metadata: { name: name(53) } },
    { name: 'an Indexed template with 10 completions and a 46-character name', metadata: { name: name(46) }, jobSpec: { completionMode: 'Indexed', completions: 10 } },
  ],
  invalid: [
    { name: 'the name has 49 characters', metadata: { name: name(49) }, errors: ['metadata.name'] },
    { name: 'the name has 52 characters', metadata: { name: name(52) }, errors: ['metadata.name'] },
    {
      name: 'an Indexed template with 11 completions and a 46-character name',
      metadata: { name: name(46) },
      jobSpec: { completionMode: 'Indexed', completions: 11 },
      errors: ['metadata.name'],
    },
  ],
});

describe('cronjob-name-job-suffix', () => {
  it('says how short the name must be', () => {
    expect(runRule(cronjobNameJobSuffix, build('CronJob', { metadata: { name: name(50) } }))[0].hint).toBe('shorten the name to at most 48 characters');
  });
});
