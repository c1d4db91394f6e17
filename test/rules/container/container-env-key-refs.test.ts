import { describe, expect, it } from 'vitest';
import { containerEnvKeyRefs } from '../../../lib/rules/container/container-env-key-refs';
import { lintManifest } from '../../../lib/lint';
import { ruleCases, validJob } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';
const ref = (selector: string, sel: Record<string, unknown>) => ({ env: [{ name: 'A', valueFrom: { [selector]: sel } }] });

ruleCases(containerEnvKeyRefs, {
  valid: [
    { name: 'a secretKeyRef with a subdomain name and a dotted key', container: ref('secretKeyRef', { name: 'db.creds', key: 'pass.word_1' }) },
    { name: 'a configMapKeyRef with a key of 253 characters', container: ref('configMapKeyRef', { name: 'cm', key: 'k'.repeat(253) }) },
    { name: 'an optional configMapKeyRef', container: ref('configMapKeyRef', { name: 'cm', key: 'k', optional: true }) },
  ],
  invalid: [
    { name: 'a secretKeyRef without a name (the server checks it as a subdomain)', container: ref('secretKeyRef', { key: 'k' }), errors: [`${C}.env[0].valueFrom.secretKeyRef.name`] },
    { name: 'a secretKeyRef with an uppercase name', container: ref('secretKeyRef', { name: 'Bad_Name', key: 'k' }), errors: [`${C}.env[0].valueFrom.secretKeyRef.name`] },
    { name: 'a secretKeyRef key with a slash', container: ref('secretKeyRef', { name: 's', key: 'a/b' }), errors: [`${C}.env[0].valueFrom.secretKeyRef.key`] },
    { name: "a secretKeyRef key '..'", container: ref('secretKeyRef', { name: 's', key: '..' }), errors: [`${C}.env[0].valueFrom.secretKeyRef.key`] },
    { name: 'a configMapKeyRef without a key', container: ref('configMapKeyRef', { name: 'cm' }), errors: [`${C}.env[0].valueFrom.configMapKeyRef.key`] },
    { name: 'a configMapKeyRef key with a space', container: ref('configMapKeyRef', { name: 'cm', key: 'a b' }), errors: [`${C}.env[0].valueFrom.configMapKeyRef.key`] },
    { name: 'a configMapKeyRef key longer than 253', container: ref('configMapKeyRef', { name: 'cm', key: 'k'.repeat(254) }), errors: [`${C}.env[0].valueFrom.configMapKeyRef.key`] },
  ],
});

describe('container-env-key-refs messages', () => {
  it("says the server's words for a key '.' and an empty key", () => {
    const job = validJob() as any;
    job.spec.template.spec.containers[0].env = [
      { name: 'A', valueFrom: { configMapKeyRef: { name: 'cm', key: '.' } } },
      { name: 'B', valueFrom: { secretKeyRef: { name: 's', key: '' } } },
    ];
    const found = lintManifest(job, { kubernetesVersion: '1.36' }).filter((v) => v.rule === 'container-env-key-refs');
    expect(found.map((v) => [v.path, v.message])).toEqual([
      [`${C}.env[0].valueFrom.configMapKeyRef.key`, `Invalid value: ".": must not be '.'`],
      [`${C}.env[1].valueFrom.secretKeyRef.key`, 'Required value'],
    ]);
  });
});
