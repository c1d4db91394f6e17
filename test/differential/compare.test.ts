import { describe, expect, it } from 'vitest';
import type { Violation } from '../../lib/violation';
import { compare } from './compare';
import { countsOf, formatVersions, parseVersions, readCounts, readExpected } from './expected';
import type { OracleVerdict } from './goldens';

const err = (path: string, message = 'Invalid value: 1: must be positive', rule = 'some-rule'): Violation => ({ rule, severity: 'error', path, message });
const warn = (path: string): Violation => ({ rule: 'w', severity: 'warning', path, message: 'x' });
const refused = (fields: string[], status = 422): OracleVerdict => ({ accepted: false, status, errors: fields.map((field) => ({ type: 'FieldValueInvalid', field })), warnings: [] });
const ACCEPTED: OracleVerdict = { accepted: true, errors: [], warnings: ['w'] };

describe('compare', () => {
  it('agrees when both accept; warnings never refuse', () => {
    expect(compare([warn('spec')], ACCEPTED)).toEqual({ agree: true });
  });

  it('is a verdict disagreement when only one side refuses', () => {
    expect(compare([err('spec.parallelism')], ACCEPTED)).toMatchObject({ agree: false, kind: 'verdict', ours: ['spec.parallelism'] });
    expect(compare([], refused(['spec.x']))).toMatchObject({ agree: false, kind: 'verdict', oracle: ['spec.x'] });
  });

  it('compares the sets of error paths of a 422', () => {
    expect(compare([err('a'), err('b'), err('a')], refused(['b', 'a', 'a']))).toEqual({ agree: true });
    expect(compare([err('a')], refused(['a', 'b']))).toMatchObject({ agree: false, kind: 'fields', ours: ['a'], oracle: ['a', 'b'] });
  });

  it('compares a 400 with our decoding findings only, and with all our errors when we found none of that class', () => {
    const unknown = err('spec.foo', 'Forbidden: unknown field', 'schema');
    const typed = err('spec.parallelism', 'Invalid value: "x": expected integer', 'schema');
    expect(compare([unknown, typed, err('spec.completions')], refused(['spec.foo', 'spec.parallelism'], 400))).toEqual({ agree: true });
    expect(compare([err('spec.completions')], refused(['spec.foo'], 400))).toMatchObject({ agree: false, kind: 'fields', ours: ['spec.completions'] });
    const typeRefusal: OracleVerdict = { accepted: false, status: 400, errors: [{ type: 'FieldValueTypeInvalid', field: 'spec.parallelism' }], warnings: [] };
    expect(compare([unknown, typed], typeRefusal)).toEqual({ agree: true });
    expect(compare([unknown], typeRefusal)).toMatchObject({ agree: false, kind: 'fields' });
    const quantity = err('spec.template.spec.containers[0].resources.limits[cpu]', `Invalid value: "one": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`, 'schema');
    const quantityRefusal: OracleVerdict = { accepted: false, status: 400, stage: 'decode', errors: [{ type: 'DecodeError', field: '' }], warnings: [] };
    expect(compare([quantity, err('spec.completions')], quantityRefusal)).toEqual({ agree: true });
    expect(compare([err('spec.template.spec.containers[0].resources.limits[cpu]')], quantityRefusal)).toMatchObject({ agree: false, kind: 'fields' });
    const kubectl: OracleVerdict = { accepted: false, stage: 'kubectl', errors: [{ type: 'FieldValueNotSupported', field: 'apiVersion' }], warnings: [] };
    expect(compare([err('apiVersion', 'Invalid value: "batch/v1beta1": removed', 'api-version-removed'), unknown], kubectl)).toEqual({ agree: true });
    expect(compare([unknown], kubectl)).toMatchObject({ agree: false, kind: 'fields' });
    const image = err('spec.template.spec.containers[1].image', 'Invalid value: 1: expected string', 'schema');
    expect(compare([image], refused(['spec.template.spec.containers.image'], 400))).toEqual({ agree: true });
    expect(compare([image], refused(['spec.template.spec.containers.name'], 400))).toMatchObject({ agree: false, kind: 'fields' });
  });

  it('compares only the verdict of a request that made the server panic (500, no causes)', () => {
    const panicked: OracleVerdict = { accepted: false, stage: 'panic', status: 500, errors: [{ type: 'InternalError', field: '' }], warnings: [] };
    expect(compare([err('spec.jobTemplate.spec.completions')], panicked)).toEqual({ agree: true });
    expect(compare([warn('spec')], panicked)).toMatchObject({ agree: false, kind: 'verdict' });
  });

  it('does not compare what the oracle skipped', () => {
    expect(compare([err('apiVersion')], { accepted: false, skipped: 'apps/v1 Deployment', errors: [], warnings: [] })).toBeUndefined();
  });
});

describe('expected-disagreements version ranges', () => {
  it('round-trips', () => {
    expect(formatVersions(['1.30', '1.28', '1.29', '1.32', '1.36', '1.35'])).toBe('1.28-1.30,1.32,1.35-1.36');
    expect(parseVersions('1.28-1.30,1.32,1.35-1.36')).toEqual(['1.28', '1.29', '1.30', '1.32', '1.35', '1.36']);
    expect(() => parseVersions('1.30-1.28')).toThrow(/bad version range/);
  });
});

describe('expected-disagreements.json', () => {
  it('has counts that match its entries (rewrite it with `npm run oracle:baseline`, never by hand)', () => {
    expect(readCounts()).toEqual(countsOf(readExpected()));
  });
});
