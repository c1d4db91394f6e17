import { describe, expect, it } from 'vitest';
import { FAMILIES, familyOfPath } from './families';
import { CASE_COUNT, MUTATIONS, caseId, generateCase } from './generator';
import { baseDraft } from './generator/base';
import { Rng } from './generator/rng';

describe('differential generator', () => {
  it('makes at least 20,000 cases with stable ids', () => {
    expect(CASE_COUNT).toBeGreaterThanOrEqual(20_000);
    expect(caseId(42)).toBe('g00042');
    expect(generateCase(42).id).toBe('g00042');
  });

  it('is reproducible: the same index gives the same manifest', () => {
    for (const i of [0, 1, 977, 12_345, CASE_COUNT - 1]) expect(generateCase(i)).toEqual(generateCase(i));
    expect(generateCase(1).manifest).not.toEqual(generateCase(2).manifest);
  });

  it('has mutations in every family, with unique ids prefixed by their family', () => {
    const ids = MUTATIONS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MUTATIONS) expect(m.id.startsWith(`${m.family}/`)).toBe(true);
    for (const f of FAMILIES) expect(MUTATIONS.filter((m) => m.family === f).length, f).toBeGreaterThan(3);
  });

  it('applies every mutation to varied bases of each kind it applies to without throwing', () => {
    for (const m of MUTATIONS) {
      for (const kind of m.kinds ?? (['Job', 'CronJob'] as const)) {
        for (let seed = 0; seed < 3; seed++) {
          const d = baseDraft(new Rng(seed), kind);
          expect(() => m.apply(d), m.id).not.toThrow();
          expect(JSON.parse(JSON.stringify(d.manifest))).toEqual(d.manifest);
        }
      }
    }
  });

  it('records the families of its mutations, and each mutation is the first of some case', () => {
    const firsts = new Set<string>();
    for (let i = 0; i < MUTATIONS.length * 6; i++) {
      const c = generateCase(i);
      if (c.mutations[0]) firsts.add(c.mutations[0]);
      expect(c.families).toEqual([...new Set(c.mutations.map((id) => id.split('/')[0]))]);
    }
    expect(firsts.size).toBe(MUTATIONS.length);
  });
});

describe('familyOfPath', () => {
  it.each([
    ['spec.template.spec.containers[0].ports[1].containerPort', 'Job', 'container-ports'],
    ['spec.jobTemplate.spec.template.spec.initContainers[0].env[0].name', 'CronJob', 'container-env'],
    ['spec.template.spec.initContainers[1].restartPolicy', 'Job', 'init-and-sidecar-containers'],
    ['spec.template.spec.initContainers[1].image', 'Job', 'init-and-sidecar-containers'],
    ['spec.template.spec.containers[0].image', 'Job', 'container-basics'],
    ['spec.template.spec.containers', 'Job', 'container-basics'],
    ['spec.template.spec.volumes[0].configMap.items[0].path', 'Job', 'volumes'],
    ['spec.template.spec.affinity.nodeAffinity', 'Job', 'pod-scheduling'],
    ['spec.template.spec.securityContext.sysctls[0].name', 'Job', 'pod-security-context'],
    ['spec.template.spec.containers[0].securityContext.privileged', 'Job', 'container-security-context'],
    ['spec.template.spec.dnsConfig.nameservers', 'Job', 'pod-fields'],
    ['spec.template.metadata.labels', 'Job', 'template-metadata'],
    ['spec.schedule', 'CronJob', 'cronjob-spec'],
    ['spec.suspend', 'Job', 'job-spec'],
    ['spec.jobTemplate.spec.completions', 'CronJob', 'job-spec'],
    ['metadata.name', 'Job', 'object-metadata'],
    ['', 'Job', 'object-metadata'],
  ] as const)('%s (%s) is %s', (path, kind, family) => {
    expect(familyOfPath(path, kind)).toBe(family);
  });
});
