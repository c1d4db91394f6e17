/**
 * The constructs get the container rules at synth time: a cdk8s-plus container whose mount names
 * no volume, or whose requests exceed its limits, fails synth with the construct path.
 */
import { ApiObject, JsonPatch, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { CronJob, CronJobTemplate, OneShotJob } from '../../lib';
import { errorsOf, synthError, testChart } from './support';

describe('container rules at synth time', () => {
  it('fails when a mount names no volume of the pod [container-volume-mounts]', () => {
    const chart = testChart();
    const job = new OneShotJob(chart, 'Job', { containers: [{ name: 'main', image: 'busybox:1.36' }] });
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/template/spec/containers/0/volumeMounts', [{ name: 'cache', mountPath: '/cache' }]));
    expect(errorsOf(job)).toEqual([{ rule: 'container-volume-mounts', path: 'spec.template.spec.containers[0].volumeMounts[0].name' }]);
    expect(synthError(chart)).toMatch(
      /^Validation failed with the following errors:\n {2}\[test\/Job\] spec\.template\.spec\.containers\[0\]\.volumeMounts\[0\]\.name: Not found: "cache" \[container-volume-mounts\]\n {4}hint: the pod has no valid volume: mount a kplus\.Volume with container\.mount\(path, volume\)/,
    );
  });

  it('names the volumes a mount could use, and says what was found (construct path, field path, found, allowed, fix)', () => {
    const chart = testChart();
    const job = new OneShotJob(chart, 'Job', { containers: [{ name: 'main', image: 'busybox:1.36' }] });
    job.containers[0].mount('/data', kplus.Volume.fromEmptyDir(chart, 'data', 'data'));
    ApiObject.of(job).addJsonPatch(JsonPatch.add('/spec/template/spec/containers/0/volumeMounts/-', { name: 'cache', mountPath: '/cache' }));
    const lines = synthError(chart).split('\n');
    const at = lines.findIndex((l) => l.includes('[container-volume-mounts]'));
    expect(lines.slice(at, at + 3)).toEqual([
      '  [test/Job] spec.template.spec.containers[0].volumeMounts[1].name: Not found: "cache" [container-volume-mounts]',
      '    hint: the pod\'s valid volumes are "data": mount a kplus.Volume with container.mount(path, volume) or volumeMounts: [{ path, volume }], so cdk8s-plus adds the volume to the pod too',
      expect.stringMatching(/^ {4}docs: https:\/\/kubernetes\.io\/docs\/concepts\/storage\/volumes\//),
    ]);
  });

  it('fails when a mount names a volume that has errors of its own (the server does not keep it)', () => {
    const chart = testChart('1.35');
    const job = new OneShotJob(chart, 'Job', { containers: [{ name: 'main', image: 'busybox:1.36' }] });
    ApiObject.of(job).addJsonPatch(
      JsonPatch.add('/spec/template/spec/volumes', [{ name: 'claim', persistentVolumeClaim: { claimName: '' } }]),
      JsonPatch.add('/spec/template/spec/containers/0/volumeMounts', [{ name: 'claim', mountPath: '/claim' }]),
    );
    expect(errorsOf(job)).toEqual([
      { rule: 'volume-persistent-volume-claim', path: 'spec.template.spec.volumes[0].persistentVolumeClaim.claimName' },
      { rule: 'container-volume-mounts', path: 'spec.template.spec.containers[0].volumeMounts[0].name' },
    ]);
  });

  it('accepts a mount of a volume that cdk8s-plus adds to the pod', () => {
    const chart = testChart();
    const job = new OneShotJob(chart, 'Job', { containers: [{ name: 'main', image: 'busybox:1.36' }] });
    job.containers[0].mount('/cache', kplus.Volume.fromEmptyDir(chart, 'cache', 'cache'));
    expect(errorsOf(job)).toEqual([]);
  });

  it('fails when a container requests more memory than its limit [container-resources]', () => {
    const chart = testChart();
    const job = new OneShotJob(chart, 'Job', {
      containers: [{ name: 'main', image: 'busybox:1.36', resources: { memory: { request: Size.gibibytes(2), limit: Size.gibibytes(1) } } }],
    });
    expect(errorsOf(job)).toEqual([{ rule: 'container-resources', path: 'spec.template.spec.containers[0].resources.requests' }]);
    const lines = synthError(chart).split('\n');
    const at = lines.indexOf('  [test/Job] spec.template.spec.containers[0].resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi [container-resources]');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {4}hint: .*keep each request at or below its limit/);
    expect(lines[at + 2]).toMatch(/^ {4}docs: https:\/\/kubernetes\.io\/docs\/concepts\/configuration\/manage-resources-containers\//);
  });

  it('fails in a CronJob template too, with the CronJob path', () => {
    const chart = testChart();
    new CronJob(chart, 'Nightly', {
      schedule: '0 3 * * *',
      jobTemplate: CronJobTemplate.oneShot(),
      containers: [{ name: 'main', image: 'busybox:1.36', resources: { cpu: { request: kplus.Cpu.millis(1500), limit: kplus.Cpu.units(1) } } }],
    });
    expect(synthError(chart)).toContain(
      '[test/Nightly] spec.jobTemplate.spec.template.spec.containers[0].resources.requests: Invalid value: "1500m": must be less than or equal to cpu limit of 1 [container-resources]',
    );
  });
});
