import { describe, expect, it } from 'vitest';
import { podImagePullSecrets } from '../../../lib/rules/pod/pod-image-pull-secrets';
import { build, ruleCases, runRule } from '../rule-cases';

const P = 'spec.template.spec.imagePullSecrets';

ruleCases(podImagePullSecrets, {
  valid: [{ name: 'each secret is named once', podSpec: { imagePullSecrets: [{ name: 'regcred' }, { name: 'other' }] } }],
  invalid: [
    { name: 'a name is empty', podSpec: { imagePullSecrets: [{}] }, errors: [`${P}[0].name`] },
    { name: 'a name is listed twice', podSpec: { imagePullSecrets: [{ name: 'regcred' }, { name: 'regcred' }] }, errors: [`${P}[1].name`] },
  ],
});

describe('pod-image-pull-secrets messages', () => {
  it('words the warnings as the server does', () => {
    const found = runRule(podImagePullSecrets, build('Job', { podSpec: { imagePullSecrets: [{ name: '' }, { name: '' }] } }));
    expect(found.map((v) => v.message)).toEqual(['Invalid value: invalid empty name ""', 'Invalid value: duplicate name ""', 'Invalid value: invalid empty name ""']);
  });
});
