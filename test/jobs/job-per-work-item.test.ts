import { Testing } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { JobPerWorkItem, OneShotJob } from '../../lib';
import { uniqueJobNames } from '../../lib/jobs/job-per-work-item';
import { manifestOf, testChart, toYaml } from './support';

describe('JobPerWorkItem (template expansion)', () => {
  it('emits one Job per item with a shared group label (snapshot)', async () => {
    const chart = testChart();
    new JobPerWorkItem(chart, 'Process', {
      baseName: 'process-item',
      items: ['apple', 'banana', 'cherry'],
      job: (item) => ({ containers: [{ name: 'c', image: 'busybox:1.28', command: ['sh', '-c', `echo Processing item ${item} && sleep 5`] }] }),
    });
    await expect(toYaml(Testing.synth(chart))).toMatchFileSnapshot('./__snapshots__/job-per-work-item.k8s.yaml');
  });

  it('names each Job <baseName>-<item> and labels Jobs and pods with the group', () => {
    const expansion = new JobPerWorkItem(testChart(), 'Process', {
      baseName: 'process-item',
      items: ['apple', 'banana'],
      job: () => ({ metadata: { labels: { team: 'x' } }, containers: [{ image: 'busybox' }] }),
    });
    const manifests = expansion.jobs.map(manifestOf);
    expect(manifests.map((m) => m.metadata.name)).toEqual(['process-item-apple', 'process-item-banana']);
    for (const m of manifests) {
      expect(m.metadata.labels).toEqual({ team: 'x', jobgroup: 'process-item' });
      expect(m.spec.template.metadata.labels.jobgroup).toBe('process-item');
      expect(m.spec.completions).toBeUndefined();
    }
    expect(expansion.jobs[0]).toBeInstanceOf(OneShotJob);
    expect(expansion.groupLabels).toEqual({ jobgroup: 'process-item' });
  });

  it('derives a readable base name from the construct path and uses a custom group label', () => {
    const expansion = new JobPerWorkItem(testChart(), 'Process', { items: [1, 2], groupLabel: 'example.com/batch', job: () => ({ containers: [{ image: 'busybox' }] }) });
    expect(expansion.baseName).toBe('test-process');
    expect(manifestOf(expansion.jobs[1]).metadata.name).toBe('test-process-2');
    expect(manifestOf(expansion.jobs[1]).metadata.labels).toEqual({ 'example.com/batch': 'test-process' });
  });

  it('makes names unique and valid: DNS-label characters, at most 63, colliding names get the index', () => {
    const names = uniqueJobNames('render', ['Frame 1', 'frame-1', '', 'x'.repeat(100), '%%%', 'Ünïcode']);
    expect(names).toEqual(['render-frame-1-0', 'render-frame-1-1', 'render-2', `render-${'x'.repeat(56)}`, 'render-4', 'render-n-code']);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps names unique when a suffixed name collides with another item', () => {
    const names = uniqueJobNames('b', ['a', 'a', 'a-1']);
    expect(new Set(names).size).toBe(3);
  });

  it('uses nameOf for non-string items', () => {
    const expansion = new JobPerWorkItem(testChart(), 'Shards', {
      baseName: 'shard',
      items: [{ id: 'EU-1' }, { id: 'US-2' }],
      nameOf: (item) => item.id,
      job: () => ({ containers: [{ image: 'busybox' }] }),
    });
    expect(expansion.jobs.map((j) => manifestOf(j).metadata.name)).toEqual(['shard-eu-1', 'shard-us-2']);
  });
});
