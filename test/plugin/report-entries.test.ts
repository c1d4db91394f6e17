import { describe, expect, it } from 'vitest';
import { toReportEntries, type LocatedViolation } from '../../lib/plugin/report-entries';
import type { Violation } from '../../lib/violation';

function at(resourceName: string, violation: Partial<Violation>, manifestPath = 'dist/app.k8s.yaml'): LocatedViolation {
  return {
    resourceName,
    manifestPath,
    violation: { rule: 'schema', severity: 'error', path: 'spec.x', message: 'Invalid value: 1', ...violation },
  };
}

describe('toReportEntries', () => {
  it('groups findings by rule, then by object, keeping each finding as a location', () => {
    const entries = toReportEntries([
      at('a', { path: 'spec.x' }),
      at('b', { path: 'spec.y', message: 'Required value' }),
      at('a', { path: 'spec.z', message: 'Required value' }),
    ]);
    expect(entries).toEqual([
      {
        ruleName: 'schema',
        recommendation: 'objects must match the JSON schema of the target Kubernetes version (the API server rejects the object otherwise)',
        fix: 'change the fields listed under Locations',
        violatingResources: [
          { resourceName: 'a', manifestPath: 'dist/app.k8s.yaml', locations: ['spec.x: Invalid value: 1', 'spec.z: Required value'] },
          { resourceName: 'b', manifestPath: 'dist/app.k8s.yaml', locations: ['spec.y: Required value'] },
        ],
      },
    ]);
  });

  it('lists errors before warnings and marks warnings in the rule name', () => {
    const entries = toReportEntries([
      at('a', { rule: 'some-opinion', severity: 'warning', hint: 'set it', docs: 'https://kubernetes.io/x#y' }),
      at('a', { rule: 'schema' }),
    ]);
    expect(entries.map((e) => e.ruleName)).toEqual(['schema', 'some-opinion (warning)']);
    expect(entries[1]).toMatchObject({
      recommendation: 'see the messages under Locations (a warning: the API server accepts the object)',
      fix: 'set it - see https://kubernetes.io/x#y',
    });
  });

  it('reports the same object twice when it appears in two manifest files', () => {
    const entries = toReportEntries([at('a', {}, 'dist/one.k8s.yaml'), at('a', {}, 'dist/two.k8s.yaml')]);
    expect(entries[0]!.violatingResources.map((r) => r.manifestPath)).toEqual(['dist/one.k8s.yaml', 'dist/two.k8s.yaml']);
  });

  it('writes a finding on the object itself without a path prefix', () => {
    const [entry] = toReportEntries([at('a', { path: '', message: 'Unsupported value: "batch/v1beta1"' })]);
    expect(entry!.violatingResources[0]!.locations).toEqual(['Unsupported value: "batch/v1beta1"']);
  });
});
