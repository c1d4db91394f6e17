import { podTemplateLabels } from '../../../lib/rules/pod/pod-template-labels';
import { ruleCases } from '../rule-cases';

const labels = (l: Record<string, string>) => ({ jobSpec: { template: { metadata: { labels: l } } } });

ruleCases(podTemplateLabels, {
  valid: [{ name: 'template labels are well formed', ...labels({ app: 'pi', 'app.kubernetes.io/part-of': 'batch' }) }],
  invalid: [
    { name: 'a template label value is too long', ...labels({ app: 'a'.repeat(64) }), errors: ['spec.template.labels'] },
    { name: 'a template label key is invalid', ...labels({ 'bad key': 'x' }), errors: ['spec.template.labels'] },
  ],
});
