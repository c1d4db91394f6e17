import { describe, expect, it } from 'vitest';
import { jobNameLabelLength } from '../../../lib/rules/job/job-name-label-length';
import { build, ruleCases, runRule } from '../rule-cases';

const long = 'a'.repeat(64);

ruleCases(jobNameLabelLength, {
  valid: [
    { name: 'the name has 63 characters', metadata: { name: 'a'.repeat(63) } },
    { name: 'a long name with manualSelector true', metadata: { name: long }, jobSpec: { manualSelector: true } },
    { name: 'generateName is long (the generator cuts it to 58)', mutate: (m) => (m.metadata = { generateName: long }) },
  ],
  invalid: [
    { name: 'the name has 64 characters', metadata: { name: long }, errors: ['spec.template.labels', 'spec.template.labels'] },
    {
      name: 'the name has 64 characters and the template sets job-name itself',
      metadata: { name: long },
      jobSpec: { template: { metadata: { labels: { 'job-name': 'x' } } } },
      // The Job has no labels of its own, so it shares the template's map (oracle: both paths).
      errors: ['spec.template.labels', 'metadata.labels'],
    },
    {
      name: 'the name has 64 characters and the Job has labels of its own',
      metadata: { name: long, labels: { app: 'x' } },
      jobSpec: { template: { metadata: { labels: { 'job-name': 'x' } } } },
      errors: ['spec.template.labels'],
    },
  ],
});

describe('job-name-label-length messages', () => {
  it.each([
    ['1.34', 'characters'],
    ['1.35', 'bytes'],
  ])('on %s counts in %s', (version, unit) => {
    const found = runRule(jobNameLabelLength, build('Job', { metadata: { name: long } }), version);
    expect(found[0].message).toBe(`Invalid value: "${long}": must be no more than 63 ${unit}`);
  });
});
