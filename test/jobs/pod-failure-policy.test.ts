import { describe, expect, it } from 'vitest';
import { ConditionStatus, PodFailurePolicyAction, PodFailurePolicyOperator, PodFailurePolicyRule } from '../../lib';

describe('PodFailurePolicyRule', () => {
  it('fails the Job on exit codes of one container', () => {
    expect(PodFailurePolicyRule.failJobOnExitCodes('main', [42])._toKube()).toEqual({
      action: 'FailJob',
      onExitCodes: { containerName: 'main', operator: 'In', values: [42] },
    });
  });

  it('emits exit codes sorted and without repeats, as the API requires', () => {
    expect(PodFailurePolicyRule.failJobOnExitCodes('main', [42, 3, 42, 1])._toKube()).toMatchObject({ onExitCodes: { values: [1, 3, 42] } });
  });

  it('ignores disruptions (DisruptionTarget condition True)', () => {
    expect(PodFailurePolicyRule.ignoreDisruptions()._toKube()).toEqual({ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] });
  });

  it('fails an index on exit codes', () => {
    expect(PodFailurePolicyRule.failIndexOnExitCodes('worker', [2]).action).toBe(PodFailurePolicyAction.FAIL_INDEX);
  });

  it('builds any exit-code rule, with NotIn and without a container', () => {
    expect(PodFailurePolicyRule.onExitCodes(PodFailurePolicyAction.COUNT, { operator: PodFailurePolicyOperator.NOT_IN, values: [0] })._toKube()).toEqual({
      action: 'Count',
      onExitCodes: { operator: 'NotIn', values: [0] },
    });
  });

  it('builds any pod-condition rule', () => {
    expect(PodFailurePolicyRule.onPodConditions(PodFailurePolicyAction.FAIL_JOB, [{ type: 'ConfigIssue', status: ConditionStatus.UNKNOWN }])._toKube()).toEqual({
      action: 'FailJob',
      onPodConditions: [{ type: 'ConfigIssue', status: 'Unknown' }],
    });
  });

  it('returns a copy, so emitted rules cannot be changed through it', () => {
    const rule = PodFailurePolicyRule.failJobOnExitCodes('main', [1]);
    (rule._toKube().onExitCodes as { values: number[] }).values.push(7);
    expect(rule._toKube()).toMatchObject({ onExitCodes: { values: [1] } });
  });
});
