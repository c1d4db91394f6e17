import { describe, expect, it } from 'vitest';
import { jobTtlAfterFinished } from '../../../lib/rules/recommended/job-ttl-after-finished';
import { build, ruleCases, runRule } from '../rule-cases';

const P = 'spec.ttlSecondsAfterFinished';

ruleCases(jobTtlAfterFinished, {
  valid: [
    { name: 'ttlSecondsAfterFinished is set', jobSpec: { ttlSecondsAfterFinished: 86400 } },
    { name: 'ttlSecondsAfterFinished is 0 (deleted at once)', jobSpec: { ttlSecondsAfterFinished: 0 } },
    { name: 'it is an Argo CD hook', metadata: { annotations: { 'argocd.argoproj.io/hook': 'PreSync' } } },
    { name: 'it is a Helm hook', metadata: { annotations: { 'helm.sh/hook': 'pre-upgrade' } } },
  ],
  invalid: [
    { name: 'ttlSecondsAfterFinished is unset', errors: [P] },
    { name: 'ttlSecondsAfterFinished is null', jobSpec: { ttlSecondsAfterFinished: null }, errors: [P] },
    { name: 'only a hook delete policy is set', metadata: { annotations: { 'helm.sh/hook-delete-policy': 'hook-succeeded' } }, errors: [P] },
  ],
});

describe('job-ttl-after-finished', () => {
  it('does not apply to CronJobs (their history limits prune the Jobs)', () => {
    expect(runRule(jobTtlAfterFinished, build('CronJob', {}))).toEqual([]);
  });

  it('has a hint in manifest terms and one in construct terms', () => {
    const [v] = runRule(jobTtlAfterFinished, build('Job', {}));
    expect(v.hint).toContain('spec.ttlSecondsAfterFinished');
    expect(v.constructHint).toContain('ttlAfterFinished');
    expect(v.severity).toBe('warning');
  });
});
