import { describe, expect, it } from 'vitest';
import { dropDisabledPodFields } from '../../lib/manifest/drop-disabled';
import { toJobView } from '../../lib/manifest/job-view';
import { resolveKubernetesVersion } from '../../lib/versions';

const podSpec = () => ({
  restartPolicy: 'Never',
  containers: [{ name: 'main', image: 'busybox', restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart' }] }],
  initContainers: [
    { name: 'sidecar', image: 'envoy', restartPolicy: 'Always' },
    { name: 'setup', image: 'busybox', restartPolicy: 'OnFailure', restartPolicyRules: [] },
  ],
});
const v = resolveKubernetesVersion;

describe('dropDisabledPodFields (pod.DropDisabledTemplateFields)', () => {
  it('drops every container restart override on 1.34 but a sidecar restartPolicy', () => {
    expect(dropDisabledPodFields(podSpec(), v('1.34'))).toEqual({
      restartPolicy: 'Never',
      containers: [{ name: 'main', image: 'busybox' }],
      initContainers: [
        { name: 'sidecar', image: 'envoy', restartPolicy: 'Always' },
        { name: 'setup', image: 'busybox' },
      ],
    });
  });

  it('drops every init container restartPolicy on 1.28 (SidecarContainers off) and keeps the rest for validation', () => {
    const out = dropDisabledPodFields(podSpec(), v('1.28'));
    expect(out.initContainers).toEqual([
      { name: 'sidecar', image: 'envoy' },
      { name: 'setup', image: 'busybox', restartPolicyRules: [] },
    ]);
    expect(out.containers).toEqual(podSpec().containers);
  });

  it.each(['1.29', '1.33', '1.35'])('returns the spec itself when nothing is dropped (%s)', (version) => {
    const spec = podSpec();
    expect(dropDisabledPodFields(spec, v(version))).toBe(spec);
  });

  it('never modifies its input, and copies only the changed path', () => {
    const spec = podSpec();
    const before = structuredClone(spec);
    const out = dropDisabledPodFields(spec, v('1.34'));
    expect(spec).toEqual(before);
    expect((out.initContainers as unknown[])[0]).toBe(spec.initContainers[0]);
  });

  it('is what rules see: the view of a CronJob on 1.34 lacks the dropped fields, the manifest keeps them', () => {
    const cron = { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec: { schedule: '@daily', jobTemplate: { spec: { template: { spec: podSpec() } } } } };
    const view = toJobView(cron, v('1.34'))!;
    expect((view.podSpec.containers as Array<Record<string, unknown>>)[0]).not.toHaveProperty('restartPolicy');
    expect(view.manifest).toEqual(cron);
  });

  it('ignores odd shapes', () => {
    for (const odd of [{ containers: 'x' }, { containers: [null, 3, 'y'] }, { initContainers: [{ restartPolicy: 7 }] }]) {
      expect(() => dropDisabledPodFields(odd, v('1.34'))).not.toThrow();
    }
    expect(dropDisabledPodFields({ initContainers: [{ restartPolicy: 7 }] }, v('1.34'))).toEqual({ initContainers: [{}] });
  });
});
