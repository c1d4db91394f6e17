import { describe, expect, it } from 'vitest';
import { podOverhead } from '../../../lib/rules/pod/pod-overhead';
import { build, ruleCases, runRule } from '../rule-cases';

const O = 'spec.template.spec.overhead';

ruleCases(podOverhead, {
  valid: [
    { name: 'cpu and memory', podSpec: { overhead: { cpu: '250m', memory: '120Mi' } } },
    { name: 'hugepages in whole pages with cpu', podSpec: { overhead: { 'hugepages-2Mi': '4Mi', cpu: 1 } } },
    { name: 'a whole extended resource', podSpec: { overhead: { 'example.com/dev': '2' } } },
  ],
  invalid: [
    { name: 'memory is negative', podSpec: { overhead: { memory: '-1' } }, errors: [`${O}.limits[memory]`] },
    { name: 'the resource is not a container resource', podSpec: { overhead: { gpu: '1' } }, errors: [`${O}.limits[gpu]`, `${O}.limits[gpu]`] },
    { name: 'an extended resource is fractional', podSpec: { overhead: { 'example.com/dev': '1.5' } }, errors: [`${O}.limits[example.com/dev]`] },
    { name: 'hugepages without cpu or memory', podSpec: { overhead: { 'hugepages-2Mi': '4Mi' } }, errors: [O] },
    { name: 'hugepages not in whole pages', podSpec: { overhead: { 'hugepages-2Mi': '3Mi', cpu: '1' } }, errors: [`${O}.limits[hugepages-2Mi]`] },
    { name: 'memory is fractional', podSpec: { overhead: { memory: '0.5' } }, errors: [{ path: `${O}[memory]`, severity: 'warning' }] },
  ],
});

describe('pod-overhead messages', () => {
  it('prints the quantity as the server does', () => {
    const [v] = runRule(podOverhead, build('Job', { podSpec: { overhead: { memory: '-1' } } }));
    expect(v.message).toBe('Invalid value: "-1": must be greater than or equal to 0');
  });
});
