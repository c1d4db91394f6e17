import { describe, expect, it } from 'vitest';
import { metadataLabels } from '../../../lib/rules/metadata/metadata-labels';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(metadataLabels, {
  valid: [
    { name: 'labels are well formed', metadata: { labels: { 'app.kubernetes.io/name': 'pi', tier: '', 'x_y.z': 'My_Value-1' } } },
    { name: 'a value has 63 characters', metadata: { labels: { app: 'a'.repeat(63) } } },
  ],
  invalid: [
    { name: 'a value has 64 characters', metadata: { labels: { app: 'a'.repeat(64) } }, errors: ['metadata.labels'] },
    { name: 'a value starts with a dash', metadata: { labels: { app: '-x' } }, errors: ['metadata.labels'] },
    { name: 'a key has an empty name part', metadata: { labels: { 'example.com/': 'x' } }, errors: ['metadata.labels', 'metadata.labels'] },
    { name: 'a key prefix is not a subdomain', metadata: { labels: { 'Example.com/app': 'x' } }, errors: ['metadata.labels'] },
    { name: 'a key has two slashes', metadata: { labels: { 'a/b/c': 'x' } }, errors: ['metadata.labels'] },
    {
      // SetDefaults_Job copies the template labels to a Job without labels; the server validates both.
      name: 'a Job without labels copies an invalid template label',
      kinds: ['Job'],
      jobSpec: { template: { metadata: { labels: { app: '-x' } } } },
      errors: ['metadata.labels'],
    },
  ],
});

describe('metadata-labels messages', () => {
  it.each([
    ['1.34', 'characters'],
    ['1.35', 'bytes'],
  ])('counts the 63 limit in %s as %s', (version, unit) => {
    const [v] = runRule(metadataLabels, build('Job', { metadata: { labels: { app: 'a'.repeat(64) } } }), version);
    expect(v.message).toBe(`Invalid value: "${'a'.repeat(64)}": must be no more than 63 ${unit}`);
  });

  it('prints the label value regex text', () => {
    const [v] = runRule(metadataLabels, build('Job', { metadata: { labels: { app: '-x' } } }));
    expect(v.message).toMatchInlineSnapshot(`"Invalid value: "-x": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"`);
  });
});
