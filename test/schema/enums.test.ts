import { describe, expect, it } from 'vitest';
import { ENUM_TABLE, closedSetsFor } from '../../lib/k8s/enum-table';
import { deref, propertiesOf, type SchemaNode } from '../../lib/schema/schema-walk';
import { loadSchema } from '../../lib/schema/schema-files';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { cronJob, job, lines } from './helpers';

const CONTAINER = 'spec.template.spec.containers[0]';

describe('closed value sets', () => {
  it.each([
    ['spec.completionMode', (d: any) => (d.spec.completionMode = 'indexed'), '"NonIndexed", "Indexed"'],
    ['spec.template.spec.restartPolicy', (d: any) => (d.spec.template.spec.restartPolicy = 'Sometimes'), '"Always", "OnFailure", "Never"'],
    [`${CONTAINER}.imagePullPolicy`, (d: any) => (d.spec.template.spec.containers[0].imagePullPolicy = 'Latest'), '"Always", "IfNotPresent", "Never"'],
    [`${CONTAINER}.ports[0].protocol`, (d: any) => (d.spec.template.spec.containers[0].ports = [{ containerPort: 80, protocol: 'udp' }]), '"SCTP", "TCP", "UDP"'],
    ['spec.podFailurePolicy.rules[0].action', (d: any) => (d.spec.podFailurePolicy = { rules: [{ action: 'Retry', onPodConditions: [{ type: 'DisruptionTarget' }] }] }), '"Count", "FailIndex", "FailJob", "Ignore"'],
    ['spec.podFailurePolicy.rules[0].onExitCodes.operator', (d: any) => (d.spec.podFailurePolicy = { rules: [{ action: 'Count', onExitCodes: { operator: 'Equals', values: [1] } }] }), '"In", "NotIn"'],
    ['spec.podFailurePolicy.rules[0].onPodConditions[0].status', (d: any) => (d.spec.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'Yes' }] }] }), '"False", "True", "Unknown"'],
  ])('reports an unsupported %s with the supported values in server order', (path, patch, supported) => {
    const [line] = lines(job(patch));
    expect(line).toMatch(new RegExp(`^${escape(path)}: Unsupported value: "[^"]+": supported values: ${escape(supported)} \\[schema\\]$`));
  });

  it('reports an unsupported CronJob concurrencyPolicy', () => {
    expect(lines(cronJob((d) => (d.spec.concurrencyPolicy = 'Deny')))).toEqual([
      'spec.concurrencyPolicy: Unsupported value: "Deny": supported values: "Allow", "Forbid", "Replace" [schema]',
    ]);
  });

  it('accepts "" where the server defaults it before validating', () => {
    expect(lines(cronJob((d) => (d.spec.concurrencyPolicy = '')))).toEqual([]);
    expect(lines(job((d) => (d.spec.template.spec.containers[0].imagePullPolicy = '')))).toEqual([]);
  });

  it('reports "" where the server does not default it', () => {
    expect(lines(job((d) => (d.spec.completionMode = '')))).toEqual([
      'spec.completionMode: Unsupported value: "": supported values: "NonIndexed", "Indexed" [schema]',
    ]);
  });

  it('reports one finding, not two, for a value of the wrong type in an enum field', () => {
    expect(lines(job((d) => (d.spec.template.spec.restartPolicy = 5)))).toEqual([
      'spec.template.spec.restartPolicy: Invalid value: 5: expected string [schema]',
    ]);
  });
});

describe('closed sets per version', () => {
  const sidecarOnFailure = job((d) => (d.spec.template.spec.initContainers = [{ name: 's', image: 'envoy', restartPolicy: 'OnFailure' }]));

  it.each(['1.29', '1.33'])('fails when a container restartPolicy is OnFailure on %s (only "Always")', (version) => {
    expect(lines(sidecarOnFailure, version)).toEqual([
      'spec.template.spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always" [schema]',
    ]);
  });

  it.each(['1.28', '1.34'])('has no set on %s, where the server drops the value unvalidated (SidecarContainers, ContainerRestartRules off)', (version) => {
    expect(lines(sidecarOnFailure, version)).toEqual([]);
  });

  it.each(['1.35', '1.36'])('accepts a container restartPolicy OnFailure on %s (ContainerRestartRules beta)', (version) => {
    expect(lines(sidecarOnFailure, version)).toEqual([]);
  });

  it('reports an unsupported podReplacementPolicy from 1.29 only (1.28 drops the field unvalidated)', () => {
    const doc = job((d) => (d.spec.podReplacementPolicy = 'Never'));
    expect(lines(doc, '1.28')).toEqual([]);
    expect(lines(doc, '1.29')).toEqual([
      'spec.podReplacementPolicy: Unsupported value: "Never": supported values: "Failed", "TerminatingOrFailed" [schema]',
    ]);
  });

  it.each(KUBERNETES_VERSIONS)('every closed set of %s is an enum of the generated schema', (version) => {
    for (const kind of ['Job', 'CronJob'] as const) {
      const schema = loadSchema(version, kind) as SchemaNode;
      for (const set of closedSetsFor(version)) {
        const def = (schema.definitions as Record<string, SchemaNode>)[set.definition];
        if (!def) continue; // e.g. CronJobSpec is not in the Job schema
        const prop = deref(schema, propertiesOf(def)?.[set.property]);
        expect(prop?.enum, `${set.definition}.${set.property}`).toEqual([...set.values, ...(set.emptyIsDefaulted ? [''] : []), null]);
      }
    }
  });

  it('names the validation code of every entry', () => {
    for (const set of ENUM_TABLE) expect(set.source).toMatch(/^pkg\/apis\//);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
