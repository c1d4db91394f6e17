import { describe, expect, it } from 'vitest';
import { containerEnvFrom } from '../../../lib/rules/container/container-env-from';
import { lintManifest } from '../../../lib/lint';
import { ruleCases, validJob } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';

ruleCases(containerEnvFrom, {
  valid: [
    { name: 'a configMapRef with a prefix', container: { envFrom: [{ prefix: 'CFG_', configMapRef: { name: 'cm' } }] } },
    { name: 'a secretRef and an empty prefix', container: { envFrom: [{ prefix: '', secretRef: { name: 'db.creds' } }] } },
    { name: 'a name ending in - (checked as a prefix)', container: { envFrom: [{ secretRef: { name: 'creds-' } }] } },
    { name: 'a prefix starting with a digit from 1.32', container: { envFrom: [{ prefix: '1X_', configMapRef: { name: 'cm' } }] }, versions: ['1.32', '1.36'] },
    { name: 'a prefix with - and .', container: { envFrom: [{ prefix: 'A-B.', configMapRef: { name: 'cm' } }] } },
  ],
  invalid: [
    { name: 'no source', container: { envFrom: [{ prefix: 'X_' }] }, errors: [`${C}.envFrom`] },
    { name: 'both sources', container: { envFrom: [{ configMapRef: { name: 'cm' }, secretRef: { name: 's' } }] }, errors: [`${C}.envFrom`] },
    { name: 'a secretRef without a name', container: { envFrom: [{ secretRef: {} }] }, errors: [`${C}.envFrom[0].secretRef.name`] },
    { name: 'a configMapRef with an uppercase name', container: { envFrom: [{ configMapRef: { name: 'Bad_Name' } }] }, errors: [`${C}.envFrom[0].configMapRef.name`] },
    { name: 'a prefix starting with a digit before 1.32', container: { envFrom: [{ prefix: '1X_', configMapRef: { name: 'cm' } }] }, versions: ['1.28', '1.31'], errors: [`${C}.envFrom[0].prefix`] },
    { name: 'a prefix with = (relaxed)', container: { envFrom: [{ prefix: 'A=', configMapRef: { name: 'cm' } }] }, errors: [`${C}.envFrom[0].prefix`] },
  ],
});

describe('container-env-from messages', () => {
  it("reports the missing source at envFrom itself, in the server's words", () => {
    const job = validJob() as any;
    job.spec.template.spec.containers[0].envFrom = [{ configMapRef: { name: 'cm' } }, {}];
    const found = lintManifest(job, { kubernetesVersion: '1.36' }).filter((v) => v.rule === 'container-env-from');
    expect(found.map((v) => [v.path, v.message])).toEqual([[`${C}.envFrom`, 'Invalid value: "": must specify one of: `configMapRef` or `secretRef`']]);
  });
});
