import { describe, expect, it } from 'vitest';
import { corpusCronJob, cronCases, cronJob, messageOf } from './cronjob-cases';

const RULE = 'cronjob-job-template-selector';
const SELECTOR = 'spec.jobTemplate.spec.selector';
const MANUAL = 'spec.jobTemplate.spec.manualSelector';

cronCases(RULE, {
  valid: [
    { name: 'no selector', jobSpec: {} },
    { name: 'a null selector', jobSpec: { selector: null } },
    { name: 'manualSelector false', jobSpec: { manualSelector: false } },
  ],
  invalid: [
    { name: 'the template sets a selector', jobSpec: { selector: { matchLabels: { a: 'b' } } }, errors: [SELECTOR] },
    { name: 'the template sets an empty selector', jobSpec: { selector: {} }, errors: [SELECTOR] },
    { name: 'the template sets manualSelector true', jobSpec: { manualSelector: true }, errors: [MANUAL] },
    {
      name: 'the template sets both',
      jobSpec: { manualSelector: true, selector: { matchLabels: { a: 'b' } } },
      errors: [SELECTOR, MANUAL],
    },
  ],
});

describe('messages', () => {
  const m = cronJob({ jobSpec: { selector: { matchLabels: { b: '2', a: '1' }, matchExpressions: [{ key: 'k', operator: 'Exists' }] } } });

  it('prints the selector as JSON from 1.34', () => {
    expect(messageOf(RULE, m, '1.34')).toMatchInlineSnapshot(
      `"error spec.jobTemplate.spec.selector: Invalid value: {"matchLabels":{"a":"1","b":"2"},"matchExpressions":[{"key":"k","operator":"Exists"}]}: \`selector\` will be auto-generated"`,
    );
  });

  it('prints the selector in Go syntax up to 1.33', () => {
    expect(messageOf(RULE, m, '1.33')).toMatchInlineSnapshot(
      `"error spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"a":"1", "b":"2"}, MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"k", Operator:"Exists", Values:[]string(nil)}}}: \`selector\` will be auto-generated"`,
    );
  });

  it('matches the upstream test key for manualSelector', () => {
    expect(messageOf(RULE, cronJob({ jobSpec: { manualSelector: true } }))).toBe(
      'error spec.jobTemplate.spec.manualSelector: Unsupported value: true: supported values: "nil", "false"',
    );
  });

  it('reports the selector of popeye__cronjob-list-testdata.yaml', () => {
    const list = corpusCronJob('popeye__cronjob-list-testdata.yaml');
    expect(messageOf(RULE, list, '1.36')).toContain('`selector` will be auto-generated');
  });
});
