import { describe, expect, it } from 'vitest';
import { generatedLabelConflict } from '../../../lib/rules/job/generated-label-conflict';
import { build, ruleCases, runRule } from '../rule-cases';

const labels = (l: Record<string, string>, extra: Record<string, unknown> = {}) => ({ jobSpec: { ...extra, template: { metadata: { labels: l } } } });

ruleCases(generatedLabelConflict, {
  valid: [
    { name: 'the template sets job-name to the Job name', ...labels({ 'job-name': 'pi', 'batch.kubernetes.io/job-name': 'pi' }) },
    { name: 'manualSelector is true', ...labels({ 'job-name': 'other' }, { manualSelector: true, selector: { matchLabels: { 'job-name': 'other' } } }) },
  ],
  invalid: [
    { name: 'the template sets job-name to another value', ...labels({ 'job-name': 'other' }), errors: ['spec.template.metadata.labels[job-name]'] },
    {
      name: 'the template sets a controller uid',
      ...labels({ 'batch.kubernetes.io/controller-uid': 'abc' }),
      errors: ['spec.template.metadata.labels[batch.kubernetes.io/controller-uid]'],
    },
  ],
});

describe('generated-label-conflict message', () => {
  it('names the expected value', () => {
    const [v] = runRule(generatedLabelConflict, build('Job', labels({ 'job-name': 'other' })));
    expect(v.message).toMatchInlineSnapshot(`"Invalid value: {"batch.kubernetes.io/controller-uid":"<uid>","batch.kubernetes.io/job-name":"pi","controller-uid":"<uid>","job-name":"other"}: must be 'pi'"`);
  });
});
