import { describe, expect, it } from 'vitest';
import { selectorMatchesTemplate } from '../../../lib/rules/job/selector-matches-template';
import { build, ruleCases, runRule } from '../rule-cases';

const manual = (selector: unknown, labels?: Record<string, string>) => ({
  jobSpec: { manualSelector: true, selector, ...(labels ? { template: { metadata: { labels } } } : {}) },
});

ruleCases(selectorMatchesTemplate, {
  valid: [
    { name: 'the selector is generated', jobSpec: {} },
    { name: 'a manual selector matches the template', ...manual({ matchLabels: { app: 'pi' } }, { app: 'pi', tier: 'batch' }) },
    { name: 'an empty manual selector matches everything', ...manual({}) },
    { name: 'NotIn and DoesNotExist match', ...manual({ matchExpressions: [{ key: 'a', operator: 'NotIn', values: ['x'] }, { key: 'b', operator: 'DoesNotExist' }] }) },
    { name: 'a user selector on job-name matches the generated labels', jobSpec: { selector: { matchLabels: { 'job-name': 'pi' } } } },
  ],
  invalid: [
    { name: 'a manual selector does not match', ...manual({ matchLabels: { app: 'pi' } }, { app: 'other' }), errors: ['spec.template.metadata.labels'] },
    { name: 'manualSelector is true without a selector (nil selects nothing)', ...manual(undefined), errors: ['spec.template.metadata.labels'] },
    {
      name: 'a user selector without manualSelector is not on the template',
      jobSpec: { selector: { matchLabels: { app: 'pi' } } },
      errors: ['spec.template.metadata.labels'],
    },
    { name: 'an operator is unknown', ...manual({ matchExpressions: [{ key: 'a', operator: 'Is' }] }), errors: ['spec.selector.matchExpressions[0].operator'] },
    { name: 'In has no values', ...manual({ matchExpressions: [{ key: 'a', operator: 'In' }] }), errors: ['spec.selector.matchExpressions[0].values'] },
    {
      name: 'Exists has values',
      ...manual({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }),
      errors: ['spec.selector.matchExpressions[0].values'],
    },
    { name: 'a matchLabels value is invalid', ...manual({ matchLabels: { app: '-x' } }, { app: '-x' }), errors: ['spec.selector.matchLabels'] },
  ],
});

describe('selector-matches-template message', () => {
  it('prints the template labels', () => {
    const [v] = runRule(selectorMatchesTemplate, build('Job', manual({ matchLabels: { app: 'pi' } }, { app: 'other' })));
    expect(v.message).toMatchInlineSnapshot(`"Invalid value: {"app":"other"}: \`selector\` does not match template \`labels\`"`);
  });
});
