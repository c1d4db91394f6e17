import { describe, expect, it } from 'vitest';
import { podFailurePolicyRulesRule } from '../../../lib/rules/job/pod-failure-policy-rules';
import { build, ruleCases, runRule } from '../rule-cases';

const exit = { operator: 'In', values: [1] };
const pfp = (...rules: unknown[]) => ({ jobSpec: { podFailurePolicy: { rules }, template: { spec: { restartPolicy: 'Never' } } } });

ruleCases(podFailurePolicyRulesRule, {
  valid: [
    { name: 'a FailJob rule on exit codes', ...pfp({ action: 'FailJob', onExitCodes: exit }) },
    { name: 'an Ignore rule on pod conditions', ...pfp({ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }) },
    { name: '20 rules', ...pfp(...Array.from({ length: 20 }, () => ({ action: 'Count', onExitCodes: exit }))) },
    {
      name: 'FailIndex with backoffLimitPerIndex',
      versions: ['1.29', '1.36'],
      jobSpec: {
        completionMode: 'Indexed',
        completions: 2,
        backoffLimitPerIndex: 1,
        podFailurePolicy: { rules: [{ action: 'FailIndex', onExitCodes: exit }] },
        template: { spec: { restartPolicy: 'Never' } },
      },
    },
    { name: 'a Job has FailIndex alone on 1.28 (the Job strategy drops the rule)', kinds: ['Job'], versions: ['1.28'], ...pfp({ action: 'FailIndex' }) },
  ],
  invalid: [
    {
      name: 'a CronJob template has FailIndex alone on 1.28 (the CronJob strategy keeps it)',
      kinds: ['CronJob'],
      versions: ['1.28'],
      ...pfp({ action: 'FailIndex', onExitCodes: exit }),
      errors: ['spec.podFailurePolicy.rules[0].action'],
    },
    { name: '21 rules', ...pfp(...Array.from({ length: 21 }, () => ({ action: 'Count', onExitCodes: exit }))), errors: ['spec.podFailurePolicy.rules'] },
    { name: 'the action is missing', ...pfp({ onExitCodes: exit }), errors: ['spec.podFailurePolicy.rules[0].action'] },
    { name: 'the action is unknown', ...pfp({ action: 'Retry', onExitCodes: exit }), errors: ['spec.podFailurePolicy.rules[0].action'] },
    { name: 'FailIndex without backoffLimitPerIndex', versions: ['1.29', '1.36'], ...pfp({ action: 'FailIndex', onExitCodes: exit }), errors: ['spec.podFailurePolicy.rules[0].action'] },
    {
      name: 'a rule has both requirements',
      ...pfp({ action: 'Ignore', onExitCodes: exit, onPodConditions: [{ type: 'DisruptionTarget' }] }),
      errors: ['spec.podFailurePolicy.rules[0]'],
    },
    { name: 'a rule has no requirement', ...pfp({ action: 'Ignore', onPodConditions: [] }), errors: ['spec.podFailurePolicy.rules[0]'] },
  ],
});

describe('pod-failure-policy-rules messages', () => {
  it('prints the sorted actions and the omitted value', () => {
    const found = runRule(podFailurePolicyRulesRule, build('Job', pfp({}, { action: 'Retry', onExitCodes: exit })));
    expect(found.map((v) => `${v.path}: ${v.message}`)).toMatchInlineSnapshot(`
      [
        "spec.podFailurePolicy.rules[0].action: Required value: valid values: ["Count" "FailIndex" "FailJob" "Ignore"]",
        "spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required",
        "spec.podFailurePolicy.rules[1].action: Unsupported value: "Retry": supported values: "Count", "FailIndex", "FailJob", "Ignore"",
      ]
    `);
  });
});
