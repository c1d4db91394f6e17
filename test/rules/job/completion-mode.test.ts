import { describe, expect, it } from 'vitest';
import { completionMode } from '../../../lib/rules/job/completion-mode';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(completionMode, {
  valid: [
    { name: 'completionMode is Indexed', jobSpec: { completionMode: 'Indexed', completions: 2 } },
    { name: 'completionMode is NonIndexed', jobSpec: { completionMode: 'NonIndexed' } },
    { name: 'completionMode is null (defaulted)', jobSpec: { completionMode: null } },
  ],
  invalid: [
    { name: 'completionMode is indexed (lower case)', jobSpec: { completionMode: 'indexed' }, errors: ['spec.completionMode'] },
    { name: 'completionMode is "" (a non-nil pointer, not defaulted)', jobSpec: { completionMode: '' }, errors: ['spec.completionMode'] },
  ],
});

describe('completion-mode message', () => {
  it('lists the supported values in server order', () => {
    const [v] = runRule(completionMode, build('Job', { jobSpec: { completionMode: 'indexed' } }));
    expect(v.message).toMatchInlineSnapshot(`"Unsupported value: "indexed": supported values: "NonIndexed", "Indexed""`);
  });
});
