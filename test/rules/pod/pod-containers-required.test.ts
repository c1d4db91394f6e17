import { describe, expect, it } from 'vitest';
import { podContainersRequired } from '../../../lib/rules/pod/pod-containers-required';
import { build, ruleCases, runRule } from '../rule-cases';

ruleCases(podContainersRequired, {
  valid: [{ name: 'one container', podSpec: {} }],
  invalid: [
    { name: 'containers is empty', podSpec: { containers: [] }, errors: ['spec.template.spec.containers'] },
    { name: 'containers is null', podSpec: { containers: null }, errors: ['spec.template.spec.containers'] },
    { name: 'the template has no spec', jobSpec: { template: { spec: null } }, errors: ['spec.template.spec.containers'] },
  ],
});

describe('pod-containers-required message', () => {
  it('is a bare Required value', () => {
    const [v] = runRule(podContainersRequired, build('CronJob', { podSpec: { containers: [] } }));
    expect(`${v.path}: ${v.message}`).toMatchInlineSnapshot(`"spec.jobTemplate.spec.template.spec.containers: Required value"`);
  });
});
