import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../lib/schema/validate-manifest';
import { cronJob, job, lines } from './helpers';

const CONTAINER = 'spec.template.spec.containers[0]';
const container = (patch: Record<string, unknown>) =>
  job((d) => Object.assign(d.spec.template.spec.containers[0], patch));

describe('closed objects', () => {
  it('reports an unknown field with its path and a fix', () => {
    expect(lines(job((d) => (d.spec.template.spec.restartPolicyy = 'Never')))).toEqual([
      'spec.template.spec.restartPolicyy: Forbidden: unknown field [schema]',
    ]);
  });

  it('reports a misplaced field (wrong indentation) and names where it belongs', () => {
    const [v] = validateOne(job((d) => (d.spec.template.spec.backoffLimit = 2)));
    expect(v.path).toBe('spec.template.spec.backoffLimit');
    expect(v.hint).toBe('"backoffLimit" is a field of spec, not of this object: check the indentation');
  });

  it('reports a typo with the field it was meant to be', () => {
    expect(validateOne(container({ imagePullPolicyy: 'Always' }))[0].hint).toBe('did you mean "imagePullPolicy"?');
  });

  it('keeps maps open: any label key or resource name is accepted', () => {
    expect(lines(job((d) => (d.metadata.labels = { 'app.kubernetes.io/name': 'pi', anything: 'x' })))).toEqual([]);
    expect(lines(container({ resources: { limits: { 'example.com/widget': '2' } } }))).toEqual([]);
  });

  it('reports a wrong map value type with the key in brackets', () => {
    expect(lines(job((d) => (d.metadata.labels = { 'app.kubernetes.io/name': 5 })))).toEqual([
      'metadata.labels[app.kubernetes.io/name]: Invalid value: 5: expected string [schema]',
    ]);
  });
});

describe('types and ranges', () => {
  it.each([
    ['spec.completions', 'three', 'Invalid value: "three": expected integer'],
    ['spec.suspend', 'yes', 'Invalid value: "yes": expected boolean'],
    ['spec.template', [], 'Invalid value: expected object, found list'],
  ])('reports %s = %j', (path, value, message) => {
    const doc = job((d) => {
      const [a, b] = path.split('.');
      d[a][b] = value;
    });
    expect(lines(doc)).toEqual([`${path}: ${message} [schema]`]);
  });

  it.each([
    ['spec.backoffLimit', 2147483648, 'expected integer (int32): must be less than or equal to 2147483647'],
    ['spec.parallelism', -2147483649, 'expected integer (int32): must be greater than or equal to -2147483648'],
  ])('fails when %s = %d is outside int32', (path, value, detail) => {
    const doc = job((d) => (d.spec[path.split('.')[1]] = value));
    expect(lines(doc)).toEqual([`${path}: Invalid value: ${value}: ${detail} [schema]`]);
  });

  it('accepts int32 bounds and int64 values above int32', () => {
    expect(lines(job((d) => (d.spec.backoffLimit = 2147483647)))).toEqual([]);
    expect(lines(job((d) => (d.spec.activeDeadlineSeconds = 4294967296)))).toEqual([]);
  });

  it('reports a number written as a string, with a hint to unquote it', () => {
    expect(validateOne(job((d) => (d.spec.parallelism = '3')))[0].hint).toBe('write the number without quotes');
  });
});

describe('int-or-string', () => {
  const probe = (port: unknown) => container({ livenessProbe: { httpGet: { path: '/', port } } });

  it.each([8080, 'http'])('accepts port %j', (port) => {
    expect(lines(probe(port))).toEqual([]);
  });

  it.each([
    [true, 'Invalid value: true: expected integer or string'],
    [8.5, 'Invalid value: 8.5: expected integer or string'],
    [{ number: 1 }, 'Invalid value: expected integer or string, found object'],
  ])('fails when port is %j, with one finding', (port, message) => {
    expect(lines(probe(port))).toEqual([`${CONTAINER}.livenessProbe.httpGet.port: ${message} [schema]`]);
  });
});

describe('quantities', () => {
  it.each([{ 'nvidia.com/gpu': 1 }, { cpu: '0.75' }, { cpu: 0.5, memory: '128Mi' }, { memory: ' 1Gi ' }, { cpu: '1e3' }])(
    'accepts %j',
    (limits) => {
      expect(lines(container({ resources: { limits } }))).toEqual([]);
    },
  );

  it('says how to write a quantity', () => {
    expect(validateOne(container({ resources: { limits: { memory: '1GB' } } }))[0].hint).toMatch(/^write a quantity such as 128Mi/);
  });

  it.each(['1GB', '500 m', 'lots'])('fails when a quantity is %j', (memory) => {
    expect(lines(container({ resources: { requests: { memory } } }))).toEqual([
      `${CONTAINER}.resources.requests[memory]: Invalid value: ${JSON.stringify(memory)}: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$' [schema]`,
    ]);
  });
});

describe('quantities decoded by ParseQuantity, not by a pattern', () => {
  it.each(['-', '+', 'Gi', '.5', '1e3', ' 2Ki '])('accepts %j, which the API server parses', (cpu) => {
    expect(lines(container({ resources: { requests: { cpu } } }))).toEqual([]);
  });

  it.each([
    ['1.2.3', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['1Mk', "unable to parse quantity's suffix"],
    ['1e99999999999999999999', "unable to parse quantity's suffix"],
    ['Ei', 'unable to parse numeric part of quantity'],
  ])('refuses %j in the parser\'s words', (memory, detail) => {
    expect(lines(container({ resources: { limits: { memory } } }))).toEqual([
      `${CONTAINER}.resources.limits[memory]: Invalid value: ${JSON.stringify(memory)}: ${detail} [schema]`,
    ]);
  });

  it('decodes every quantity field the schema knows, not only container resources', () => {
    const manifest = job((d) => {
      d.spec.template.spec.overhead = { cpu: '1Mk' };
      d.spec.template.spec.volumes = [{ name: 'scratch', emptyDir: { sizeLimit: '1..' } }];
      d.spec.template.spec.containers[0].env = [{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: 'x' } } }];
    });
    expect(validateManifest(manifest).map((v) => v.path).sort()).toEqual([
      `${CONTAINER}.env[0].valueFrom.resourceFieldRef.divisor`,
      'spec.template.spec.overhead[cpu]',
      'spec.template.spec.volumes[0].emptyDir.sizeLimit',
    ]);
  });

  it("reports refused quantities in the document's order, whatever order the schema lists the fields in", () => {
    const quantities = (containerFields: Record<string, unknown>) =>
      validateManifest(job((d) => Object.assign(d.spec.template.spec.containers[0], containerFields)))
        .filter((v) => v.message.includes('quantit'))
        .map((v) => v.path);
    const env = [{ name: 'A', valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: 'x' } } }];
    const resources = { limits: { memory: '1GB', cpu: '1Mk' } };
    expect(quantities({ env, resources })).toEqual([
      `${CONTAINER}.env[0].valueFrom.resourceFieldRef.divisor`,
      `${CONTAINER}.resources.limits[memory]`,
      `${CONTAINER}.resources.limits[cpu]`,
    ]);
    expect(quantities({ resources, env })).toEqual([
      `${CONTAINER}.resources.limits[memory]`,
      `${CONTAINER}.resources.limits[cpu]`,
      `${CONTAINER}.env[0].valueFrom.resourceFieldRef.divisor`,
    ]);
  });

  it('leaves a quantity of another JSON type to the type check', () => {
    expect(lines(container({ resources: { limits: { cpu: true } } }))).toEqual([
      `${CONTAINER}.resources.limits[cpu]: Invalid value: true: expected string or number [schema]`,
    ]);
  });
});

describe('required fields', () => {
  it('reports a missing required field at its own path', () => {
    expect(lines(job((d) => delete d.spec.template.spec.containers[0].name))).toEqual([
      `${CONTAINER}.name: Required value [schema]`,
    ]);
    expect(lines(cronJob((d) => delete d.spec.schedule)).map((l) => l.split(':')[0])).toEqual(['spec.schedule']);
  });

  it('reports a missing apiVersion (required at the top level)', () => {
    expect(lines(job((d) => delete d.apiVersion))).toEqual(['apiVersion: Required value [schema]']);
    expect(lines(job((d) => (d.apiVersion = null)))).toEqual(['apiVersion: Required value [schema]']);
  });
});

describe('null is accepted where Go decodes it', () => {
  it.each([
    ['metadata.creationTimestamp', (d: any) => (d.metadata.creationTimestamp = null)],
    ['container image', (d: any) => (d.spec.template.spec.containers[0].image = null)],
    ['spec.completions', (d: any) => (d.spec.completions = null)],
    ['a label value', (d: any) => (d.metadata.labels = { app: null })],
    ['restartPolicy (an enum)', (d: any) => (d.spec.template.spec.restartPolicy = null)],
    ['resources', (d: any) => (d.spec.template.spec.containers[0].resources = null)],
  ])('accepts null for %s (emptiness is for the rules to judge)', (_, patch) => {
    expect(lines(job(patch))).toEqual([]);
  });

  it('reports a timestamp that is not RFC 3339', () => {
    expect(lines(job((d) => (d.metadata.creationTimestamp = 'yesterday')))).toEqual([
      'metadata.creationTimestamp: Invalid value: "yesterday": must be an RFC 3339 date-time, e.g. "2024-01-31T12:00:00Z" [schema]',
    ]);
  });
});

/** The single violation of `doc` (fails the test when there is not exactly one). */
function validateOne(doc: unknown) {
  const out = validateManifest(doc, { kubernetesVersion: '1.28' });
  expect(out).toHaveLength(1);
  return out;
}

describe('long values', () => {
  it('reports a long string cut short, with how to write a list', () => {
    const script = `set -e\n${'echo step\n'.repeat(20)}`;
    const [v] = validateOne(container({ command: script }));
    expect(v.message).toBe(`Invalid value: ${JSON.stringify(`${script.slice(0, 57)}...`)}: expected list`);
    expect(v.hint).toBe('write a YAML list: one "- item" per line, or ["a", "b"]');
  });
});

describe('unknown-field hints for fields indented too shallow', () => {
  it.each([
    [cronJob((d) => (d.spec.backoffLimit = 3)), 'spec.backoffLimit', '"backoffLimit" is a field of spec.jobTemplate.spec: check the indentation'],
    [job((d) => (d.spec.template.spec.volumeMounts = [])), 'spec.template.spec.volumeMounts', '"volumeMounts" is a field of spec.template.spec.containers[*]: check the indentation'],
    [cronJob((d) => (d.schedule = '* * * * *')), 'schedule', '"schedule" is a field of spec: check the indentation'],
  ])('reports %#: the field and where it belongs', (doc, path, hint) => {
    const [v] = validateManifest(doc, { kubernetesVersion: '1.28' }).filter((x) => x.path === path);
    expect(v).toMatchObject({ message: 'Forbidden: unknown field', hint });
  });
});
