import { describe, expect, it } from 'vitest';
import { manualSelectorRequired } from '../../../lib/rules/job/manual-selector-required';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(manualSelectorRequired, {
  valid: [
    { name: 'no selector is given', jobSpec: {} },
    {
      name: 'manualSelector true with a selector',
      jobSpec: { manualSelector: true, selector: { matchLabels: { app: 'pi' } }, template: { metadata: { labels: { app: 'pi' } } } },
    },
  ],
  invalid: [
    { name: 'manualSelector is true without a selector', jobSpec: { manualSelector: true }, errors: ['spec.selector'] },
    {
      name: 'a user selector is given without manualSelector',
      jobSpec: { selector: { matchLabels: { app: 'pi' } }, template: { metadata: { labels: { app: 'pi' } } } },
      errors: ['spec.selector'],
    },
    {
      name: 'a matchExpressions selector is given without manualSelector',
      jobSpec: { selector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } },
      errors: ['spec.selector'],
    },
    {
      // beryju__acme-initial-job-selector-jobname.yaml: accepted by the server (validateGeneratedSelector)
      name: 'the selector is on the Job’s own job-name',
      jobSpec: { selector: { matchLabels: { 'job-name': 'pi' } } },
      errors: [{ path: 'spec.selector', severity: 'warning' }],
    },
    {
      name: 'the selector is an Exists on batch.kubernetes.io/job-name',
      jobSpec: { selector: { matchExpressions: [{ key: 'batch.kubernetes.io/job-name', operator: 'Exists' }] } },
      errors: [{ path: 'spec.selector', severity: 'warning' }],
    },
  ],
});

describe('manual-selector-required messages', () => {
  it('shows the selector with the uid the server adds', () => {
    const m = build('Job', { jobSpec: { selector: { matchLabels: { app: 'pi' } } } });
    expect(runRule(manualSelectorRequired, m)[0].message).toMatchInlineSnapshot(`"Invalid value: {"matchLabels":{"app":"pi","batch.kubernetes.io/controller-uid":"<uid>"}}: \`selector\` not auto-generated"`);
  });
});
