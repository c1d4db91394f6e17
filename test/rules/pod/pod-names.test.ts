import { describe, expect, it } from 'vitest';
import { podNames } from '../../../lib/rules/pod/pod-names';
import { build, ruleCases, runRule } from '../rule-cases';

const P = 'spec.template.spec';

ruleCases(podNames, {
  valid: [
    { name: 'names are DNS subdomains', podSpec: { serviceAccountName: 'batch-runner', nodeName: 'ip-10-0-0-1.ec2.internal', priorityClassName: 'high', runtimeClassName: 'gvisor' } },
    { name: 'empty names are unset', podSpec: { serviceAccountName: '', nodeName: '', priorityClassName: '' } },
  ],
  invalid: [
    { name: 'serviceAccountName is a left-over placeholder', podSpec: { serviceAccountName: '${KSA_NAME}' }, errors: [`${P}.serviceAccountName`] },
    { name: 'the deprecated serviceAccount alias is bad', podSpec: { serviceAccount: 'Runner_1' }, errors: [`${P}.serviceAccountName`] },
    { name: 'nodeName has upper case', podSpec: { nodeName: 'Node1' }, errors: [`${P}.nodeName`] },
    { name: 'priorityClassName has an underscore', podSpec: { priorityClassName: 'high_priority' }, errors: [`${P}.priorityClassName`] },
    { name: 'runtimeClassName is empty (a set pointer)', podSpec: { runtimeClassName: '' }, errors: [`${P}.runtimeClassName`] },
  ],
});

describe('pod-names hints', () => {
  it('says a template variable was not substituted', () => {
    const [v] = runRule(podNames, build('Job', { podSpec: { serviceAccountName: '${KSA_NAME}' } }));
    expect(v.hint).toBe(
      '"${KSA_NAME}" looks like a template variable that was not substituted: render the manifest (helm template, envsubst, kustomize build) before applying it, or write the real value',
    );
  });

  it('keeps the field hint otherwise', () => {
    const [v] = runRule(podNames, build('Job', { podSpec: { serviceAccountName: 'Runner' } }));
    expect(v.hint).toMatch(/^use the name of a ServiceAccount/);
  });
});
