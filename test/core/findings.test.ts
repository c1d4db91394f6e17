import { describe, expect, it } from 'vitest';
import { formatViolation } from '../../lib/report/format';
import { lintManifest } from '../../lib/lint';
import { OMITTED, invalid, renderFindingMessage, required, toViolation, tooMany, unsupported } from '../../lib/rules/findings';
import { KUBERNETES_VERSIONS, minorOf, resolveKubernetesVersion, UnsupportedKubernetesVersionError } from '../../lib/versions';

describe('finding messages follow apimachinery', () => {
  it('renders each error type as the API server does', () => {
    expect(renderFindingMessage(required('spec.completions', 'when completion mode is Indexed'))).toBe(
      'Required value: when completion mode is Indexed',
    );
    expect(renderFindingMessage(invalid('spec.parallelism', -1, 'must be greater than or equal to 0'))).toBe(
      'Invalid value: -1: must be greater than or equal to 0',
    );
    expect(renderFindingMessage(unsupported('x', 'Deny', ['Allow', 'Forbid', 'Replace']))).toBe(
      'Unsupported value: "Deny": supported values: "Allow", "Forbid", "Replace"',
    );
    expect(renderFindingMessage(invalid('r', OMITTED, 'specifying both OnExitCodes and OnPodConditions is not supported'))).toBe(
      'Invalid value: specifying both OnExitCodes and OnPodConditions is not supported',
    );
    expect(renderFindingMessage(tooMany('rules', 21, 20))).toBe('Too many: 21: must have at most 20 items');
    expect(renderFindingMessage(invalid('v', [19, 11], 'must be ordered'))).toBe('Invalid value: [19,11]: must be ordered');
  });

  it('formats a violation with its hint and docs', () => {
    expect(
      formatViolation({
        rule: 'job-restart-policy',
        severity: 'error',
        path: 'spec.template.spec.restartPolicy',
        message: 'Unsupported value: "Always": supported values: "OnFailure", "Never"',
        hint: 'use RestartPolicy.NEVER or RestartPolicy.ON_FAILURE',
        docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template',
      }),
    ).toMatchInlineSnapshot(`
      "spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never" [job-restart-policy]
          hint: use RestartPolicy.NEVER or RestartPolicy.ON_FAILURE
          docs: https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template"
    `);
  });
});

describe('target versions', () => {
  it('accepts 1.28 to 1.36 in the usual spellings', () => {
    expect(resolveKubernetesVersion()).toBe('1.28');
    expect(resolveKubernetesVersion('1.30')).toBe('1.30');
    expect(resolveKubernetesVersion('v1.36.2')).toBe('1.36');
  });

  it('fails for versions outside the range, and for numbers', () => {
    expect(() => resolveKubernetesVersion('1.27')).toThrow(UnsupportedKubernetesVersionError);
    expect(() => resolveKubernetesVersion(`1.${minorOf(KUBERNETES_VERSIONS[KUBERNETES_VERSIONS.length - 1]) + 1}`)).toThrow(/supported versions are "1.28"/);
    expect(() => resolveKubernetesVersion(1.3)).toThrow(/as a string/);
  });
});

describe('violations keep the error type and the bad value as data', () => {
  const source = { rule: 'r', severity: 'error' as const };

  it('carries the apimachinery wire type and the value the message shows', () => {
    expect(toViolation(invalid('spec.parallelism', -1, 'must be greater than or equal to 0'), source)).toMatchObject({
      type: 'FieldValueInvalid',
      value: -1,
      message: 'Invalid value: -1: must be greater than or equal to 0',
    });
    expect(toViolation(unsupported('x', 'Deny', ['Allow']), source)).toMatchObject({ type: 'FieldValueNotSupported', value: 'Deny' });
    expect(toViolation(tooMany('rules', 21, 20), source)).toMatchObject({ type: 'FieldValueTooMany', value: 21 });
  });

  it('has no value where the server prints none', () => {
    expect('value' in toViolation(required('spec.completions'), source)).toBe(false);
    expect('value' in toViolation(invalid('r', OMITTED, 'specifying both is not supported'), source)).toBe(false);
  });

  it('reaches lintManifest results, from rules and from the schema alike', () => {
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'pi' },
      spec: { parallelism: -1, bogus: 1, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl' }] } } },
    };
    const found = lintManifest(job, { kubernetesVersion: '1.30' }).map((v) => [v.path, v.type, v.value]);
    expect(found).toContainEqual(['spec.parallelism', 'FieldValueInvalid', -1]);
    expect(found).toContainEqual(['spec.bogus', 'FieldValueForbidden', undefined]);
  });
});
