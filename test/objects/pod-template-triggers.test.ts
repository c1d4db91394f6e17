/**
 * `podTemplateViolations` skips the pod rules a template does not trigger, as the engine does for
 * a Job: on the differential generator's pod templates its findings equal those of every pod rule run.
 */
import { describe, expect, it } from 'vitest';
import { asObject } from '../../lib/manifest/access';
import { toJobView } from '../../lib/manifest/job-view';
import { podTemplateViolations } from '../../lib/objects/pod-template';
import { POD_RULES } from '../../lib/rules/pod';
import { stamp } from '../../lib/rules/rule';
import { resolveKubernetesVersion } from '../../lib/versions';
import { CASE_COUNT, generateCase } from '../differential/generator';

function everyPodRule(template: unknown, version: ReturnType<typeof resolveKubernetesVersion>) {
  const view = toJobView({ apiVersion: 'batch/v1', kind: 'Job', metadata: {}, spec: { template } }, version)!;
  return POD_RULES.flatMap((rule) => rule.check(view).map((finding) => stamp(rule, finding)));
}

describe('podTemplateViolations', () => {
  it('finds what every pod rule finds, on the generated pod templates', () => {
    const wrong: string[] = [];
    let findings = 0;
    for (const v of ['1.28', '1.37']) {
      const version = resolveKubernetesVersion(v);
      for (let i = 0; i < CASE_COUNT; i += 3) {
        const { id, manifest } = generateCase(i);
        const doc = asObject(manifest);
        const spec = asObject(doc?.spec);
        const template = doc?.kind === 'CronJob' ? asObject(asObject(spec?.jobTemplate)?.spec)?.template : spec?.template;
        const expected = everyPodRule(template, version);
        findings += expected.length;
        if (JSON.stringify(podTemplateViolations(template, version)) !== JSON.stringify(expected)) wrong.push(`${id}@${v}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(findings).toBeGreaterThan(1000);
  }, 120_000);
});
