import { Chart, Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { IndexedJob, WorkQueue } from '../../lib';
import { CONFIG_MAP_MAX_BYTES, configMapKeyErrors, dns1035LabelErrors } from '../../lib/objects/checks';
import { lintEmittedObject } from '../../lib/objects/lint-object';

function synthError(chart: Chart): string {
  try {
    Testing.synth(chart);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected synth to fail');
}

const chart = (version?: string) => {
  const app = Testing.app();
  if (version) app.node.setContext('cdk8s-jobs:kubernetesVersion', version);
  return new Chart(app, 'test');
};

describe('the WorkQueue Deployment and Service', () => {
  it('a valid queue synthesizes', () => {
    const c = chart();
    new WorkQueue(c, 'queue', { image: 'redis:7', port: 6379, name: 'queue', labels: { app: 'queue' } });
    expect(Testing.synth(c).map((m) => m.kind)).toEqual(['Deployment', 'Service']);
  });

  it('refuses a name the API server refuses, on both objects', () => {
    const c = chart();
    new WorkQueue(c, 'queue', { image: 'redis:7', port: 6379, name: 'Queue_Server' });
    const message = synthError(c);
    expect(message).toMatch(/\[test\/queue\/Deployment\] metadata\.name: Invalid value: "Queue_Server": a lowercase RFC 1123 subdomain .*\[object-name\]/);
    expect(message).toMatch(/\[test\/queue\/Service\] metadata\.name: Invalid value: "Queue_Server": a DNS-1035 label must consist of .*\[object-name\]/);
  });

  it('a Service name must start with a letter; a Deployment name need not', () => {
    const c = chart();
    new WorkQueue(c, 'queue', { image: 'redis:7', port: 6379, name: '1queue' });
    const message = synthError(c);
    expect(message).toContain('[test/queue/Service] metadata.name');
    expect(message).not.toContain('[test/queue/Deployment] metadata.name');
  });

  it('refuses bad labels on the objects, the selector and the pod template', () => {
    const c = chart();
    new WorkQueue(c, 'queue', { image: 'redis:7', port: 6379, name: 'queue', labels: { team: 'batch jobs' } });
    const message = synthError(c);
    for (const path of ['metadata.labels', 'spec.template.metadata.labels']) {
      expect(message).toContain(`[test/queue/Deployment] ${path}: Invalid value: "batch jobs"`);
    }
    expect(message).toContain('[test/queue/Service] metadata.labels: Invalid value: "batch jobs"');
  });

  it("runs the engine's pod rules on the Deployment's pod template", () => {
    const c = chart();
    new WorkQueue(c, 'queue', { image: 'redis:7', port: 6379, name: 'queue', container: { name: 'Queue_1' } });
    expect(synthError(c)).toMatch(/\[test\/queue\/Deployment\] spec\.template\.spec\.containers\[0\]\.name: Invalid value: "Queue_1".*\[container-name\]/);
  });
});

describe('the work-items ConfigMap', () => {
  const containers = [{ image: 'busybox' }];

  it('refuses more than 1 MiB of work items', () => {
    const c = chart('1.32');
    IndexedJob.withWorkItems(c, 'items', { containers, workItems: Array.from({ length: 12 }, () => 'x'.repeat(100_000)) });
    expect(synthError(c)).toContain(`[test/items/WorkItems] Too long: may not be more than ${CONFIG_MAP_MAX_BYTES} bytes [configmap-size]`);
  });

  it('accepts exactly 1 MiB', () => {
    const c = chart();
    IndexedJob.withWorkItems(c, 'items', { containers, workItems: ['x'.repeat(CONFIG_MAP_MAX_BYTES - 1), 'y'] });
    expect(() => Testing.synth(c)).not.toThrow();
  });

  it('refuses bad keys and counts binaryData decoded', () => {
    const base = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'items' } };
    const bad = lintEmittedObject({ ...base, data: { 'a b': '1', '..x': '2', ok: '3' } }, '1.30');
    expect(bad.map((v) => `${v.path} ${v.rule}`)).toEqual(['data[a b] configmap-keys', 'data[..x] configmap-keys']);
    const binary = Buffer.alloc(CONFIG_MAP_MAX_BYTES).toString('base64');
    expect(lintEmittedObject({ ...base, binaryData: { b: binary } }, '1.30')).toEqual([]);
    expect(lintEmittedObject({ ...base, binaryData: { b: binary }, data: { a: 'x' } }, '1.30').map((v) => v.rule)).toEqual(['configmap-size']);
  });
});

describe('the name and key validators, as apimachinery words them', () => {
  it('IsDNS1035Label', () => {
    expect(dns1035LabelErrors('queue-1')).toEqual([]);
    expect(dns1035LabelErrors('1queue')).toHaveLength(1);
    expect(dns1035LabelErrors(`a${'b'.repeat(63)}`)[0]).toBe('must be no more than 63 characters');
  });

  it('IsConfigMapKey', () => {
    expect(configMapKeyErrors('KEY_name-1.txt')).toEqual([]);
    expect(configMapKeyErrors('.')).toEqual(["must not be '.'"]);
    expect(configMapKeyErrors('..')).toEqual(["must not be '..'"]);
    expect(configMapKeyErrors('a/b')[0]).toMatch(/^a valid config key must consist of alphanumeric characters/);
  });

  it('never throws on odd input', () => {
    for (const odd of [null, 1, 'x', [], { kind: 'Service', metadata: 5, spec: [] }, { kind: 'ConfigMap', data: 'x', binaryData: { a: 7 } }]) {
      expect(() => lintEmittedObject(odd, '1.28')).not.toThrow();
    }
  });
});
