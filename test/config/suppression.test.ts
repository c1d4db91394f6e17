import { describe, expect, it } from 'vitest';
import { checkManifest, lintManifest } from '../../lib/lint';
import { validJob } from '../rules/rule-cases';

const withAnnotations = (annotations: Record<string, unknown>) => ({ ...validJob(), metadata: { name: 'pi', annotations } });

describe('checkManifest', () => {
  it('keeps annotation-silenced warnings as data with the reason', () => {
    const manifest = withAnnotations({ 'ignore-check.cdk8s-jobs.io/job-ttl-after-finished': 'Argo CD prunes it' });
    const { violations, suppressed } = checkManifest(manifest);
    expect(violations.map((v) => v.rule)).not.toContain('job-ttl-after-finished');
    expect(suppressed).toEqual([
      expect.objectContaining({ rule: 'job-ttl-after-finished', severity: 'warning', suppression: { kind: 'annotation', reason: 'Argo CD prunes it' } }),
    ]);
    expect(lintManifest(manifest).map((v) => v.rule)).not.toContain('job-ttl-after-finished');
  });

  it('ignores annotation values that are not strings (the schema reports them)', () => {
    const { suppressed } = checkManifest(withAnnotations({ 'ignore-check.cdk8s-jobs.io/job-ttl-after-finished': 1 }));
    expect(suppressed).toEqual([]);
  });

  it('applies rule levels: off keeps the finding as suppressed, warning and error change the severity', () => {
    const manifest = { ...validJob(), spec: { template: { spec: { containers: [{ name: 'a', image: 'busybox' }] } } } };
    const { violations, suppressed } = checkManifest(manifest, {
      rules: {
        'job-restart-policy': { level: 'off', reason: 'set by a webhook' },
        'container-image-pinned': 'error',
        'job-active-deadline': 'off',
      },
    });
    expect(suppressed.map((v) => [v.rule, v.severity, v.suppression])).toEqual([
      ['job-restart-policy', 'error', { kind: 'config', reason: 'set by a webhook' }],
      ['job-active-deadline', 'warning', { kind: 'config', reason: '' }],
    ]);
    expect(violations.find((v) => v.rule === 'container-image-pinned')?.severity).toBe('error');
  });

  it('throws a ConfigError for invalid rules', () => {
    expect(() => lintManifest(validJob(), { rules: { nope: 'off' } })).toThrow(/rules\.nope: unknown rule id/);
  });
});
