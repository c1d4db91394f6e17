import { describe, expect, it } from 'vitest';
import { podNodeSelector } from '../../../lib/rules/pod/pod-node-selector';
import { build, ruleCases, runRule } from '../rule-cases';

const P = 'spec.template.spec.nodeSelector';

ruleCases(podNodeSelector, {
  valid: [{ name: 'keys and values are labels', podSpec: { nodeSelector: { 'kubernetes.io/os': 'linux', pool: 'BATCH_1' } } }],
  invalid: [
    { name: 'a value is a placeholder', podSpec: { nodeSelector: { 'kubernetes.io/hostname': '<node-hostname>' } }, errors: [P] },
    { name: 'a key has two slashes', podSpec: { nodeSelector: { 'a/b/c': 'x' } }, errors: [P] },
    { name: 'a deprecated node label is used', podSpec: { nodeSelector: { 'beta.kubernetes.io/os': 'linux' } }, errors: [{ path: `${P}[beta.kubernetes.io/os]`, severity: 'warning' }] },
    { name: 'node-role master is used (deprecated from 1.31)', podSpec: { nodeSelector: { 'node-role.kubernetes.io/master': '' } }, versions: ['1.31', '1.36'], errors: [{ path: `${P}[node-role.kubernetes.io/master]`, severity: 'warning' }] },
  ],
});

describe('pod-node-selector hints', () => {
  it('says the value is an unsubstituted placeholder', () => {
    const [v] = runRule(podNodeSelector, build('Job', { podSpec: { nodeSelector: { 'kubernetes.io/hostname': '<node-hostname>' } } }));
    expect(v.hint).toMatch(/^"<node-hostname>" looks like a template variable that was not substituted/);
  });

  it('does not take an upper-case label value for a placeholder', () => {
    expect(runRule(podNodeSelector, build('Job', { podSpec: { nodeSelector: { pool: 'BATCH_POOL' } } }))).toEqual([]);
  });
});
