import { describe, expect, it } from 'vitest';
import { podReplacementPolicy } from '../../../lib/rules/job/pod-replacement-policy';
import { build, ruleCases, runRule } from '../rule-cases';

const pfp = { podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [1] } }] }, template: { spec: { restartPolicy: 'Never' } } };
const v = ['1.29', '1.36'];

ruleCases(podReplacementPolicy, {
  valid: [
    { name: 'Failed', versions: v, jobSpec: { podReplacementPolicy: 'Failed' } },
    { name: 'TerminatingOrFailed', versions: v, jobSpec: { podReplacementPolicy: 'TerminatingOrFailed' } },
    { name: 'Failed with a podFailurePolicy', versions: v, jobSpec: { ...pfp, podReplacementPolicy: 'Failed' } },
    { name: 'omitted with a podFailurePolicy (defaulted to Failed)', versions: v, jobSpec: pfp },
    { name: 'a Job has anything on 1.28 (dropped)', kinds: ['Job'], versions: ['1.28'], jobSpec: { podReplacementPolicy: 'Sometimes' } },
  ],
  invalid: [
    { name: 'a CronJob template has an unknown value on 1.28 (validated)', kinds: ['CronJob'], versions: ['1.28'], jobSpec: { podReplacementPolicy: 'Sometimes' }, errors: ['spec.podReplacementPolicy'] },
    { name: 'the value is unknown', versions: v, jobSpec: { podReplacementPolicy: 'Sometimes' }, errors: ['spec.podReplacementPolicy'] },
    { name: 'the value is ""', versions: v, jobSpec: { podReplacementPolicy: '' }, errors: ['spec.podReplacementPolicy'] },
    { name: 'TerminatingOrFailed with a podFailurePolicy', versions: v, jobSpec: { ...pfp, podReplacementPolicy: 'TerminatingOrFailed' }, errors: ['spec.podReplacementPolicy'] },
  ],
});

describe('pod-replacement-policy message', () => {
  it('allows only Failed with a podFailurePolicy', () => {
    const [f] = runRule(podReplacementPolicy, build('Job', { jobSpec: { ...pfp, podReplacementPolicy: 'TerminatingOrFailed' } }), '1.30');
    expect(f.message).toMatchInlineSnapshot(`"Unsupported value: "TerminatingOrFailed": supported values: "Failed""`);
  });
});
