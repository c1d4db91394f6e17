import { describe, expect, it } from 'vitest';
import { podTemplateAnnotations } from '../../../lib/rules/metadata/pod-template-annotations';
import { build, ruleCases, runRule } from '../rule-cases';

const annotations = (a: Record<string, string>) => ({ jobSpec: { template: { metadata: { annotations: a } } } });

ruleCases(podTemplateAnnotations, {
  valid: [
    { name: 'template annotations are well formed', ...annotations({ 'prometheus.io/scrape': 'true', Description: 'x' }) },
    { name: 'template annotations are exactly 262144 bytes', ...annotations({ k: 'x'.repeat(262143) }) },
    { name: 'an upper-case prefix is compared in lower case', ...annotations({ 'Example.COM/key': 'x' }) },
  ],
  invalid: [
    { name: 'template annotations exceed 262144 bytes', ...annotations({ k: 'x'.repeat(262144) }), errors: ['spec.template.annotations'] },
    { name: 'a template annotation key has two slashes', ...annotations({ 'a/b/c': 'x' }), errors: ['spec.template.annotations'] },
    { name: 'a template annotation key is a placeholder', ...annotations({ '${KEY}': 'x' }), errors: ['spec.template.annotations'] },
  ],
});

describe('pod-template-annotations hints', () => {
  it('says a left-over placeholder key was probably not substituted', () => {
    const [v] = runRule(podTemplateAnnotations, build('Job', annotations({ '{{ .Values.key }}': 'x' })));
    expect(v.hint).toMatch(/^"\{\{ \.Values\.key \}\}" looks like a template variable/);
  });
});
