import { describe, expect, it } from 'vitest';
import { lintManifest } from '../../../lib/lint';
import { containerRestartPolicy } from '../../../lib/rules/pod/container-restart-policy';
import { build, ruleCases, runRule } from '../rule-cases';

const init = (restartPolicy: string) => ({ podSpec: { initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy }] } });

ruleCases(containerRestartPolicy, {
  valid: [
    { name: 'a sidecar init container', versions: ['1.29', '1.34', '1.36'], ...init('Always') },
    { name: 'a regular container sets it on 1.35 (ContainerRestartRules beta)', versions: ['1.35', '1.36'], container: { restartPolicy: 'Never' } },
    { name: 'an init container sets Never on 1.28 (dropped: SidecarContainers off)', versions: ['1.28'], ...init('Never') },
    { name: 'a regular container sets it on 1.34 (dropped: ContainerRestartRules off)', versions: ['1.34'], container: { restartPolicy: 'Never' } },
    { name: 'an init container sets anything but Always on 1.34 (dropped)', versions: ['1.34'], ...init('always') },
  ],
  invalid: [
    { name: 'a regular container sets it before 1.34', versions: ['1.28', '1.33'], container: { restartPolicy: 'Always' }, errors: ['spec.template.spec.containers[0].restartPolicy'] },
    { name: 'an init container sets Never from 1.29 to 1.33', versions: ['1.29', '1.33'], ...init('Never'), errors: ['spec.template.spec.initContainers[0].restartPolicy'] },
    { name: 'an init container sets an unknown value', versions: ['1.36'], ...init('Sometimes'), errors: ['spec.template.spec.initContainers[0].restartPolicy'] },
  ],
});

describe('container-restart-policy messages', () => {
  it('words the refusal as the server does', () => {
    const [v] = runRule(containerRestartPolicy, build('Job', { container: { restartPolicy: 'Always' } }), '1.33');
    expect(v.message).toBe('Forbidden: may not be set for non-init containers');
  });

  it.each([
    ['containers[0].restartPolicy', { container: { restartPolicy: 'Never' } }],
    ['initContainers[0].restartPolicy', init('Never')],
  ])('on 1.34 the dropped %s is only a feature-gated-field warning', (path, spec) => {
    const out = lintManifest(build('Job', spec), { kubernetesVersion: '1.34' }).filter((v) => v.path.endsWith(path));
    expect(out.map((v) => [v.rule, v.severity])).toEqual([['feature-gated-field', 'warning']]);
    expect(out[0].message).toBe(
      'Forbidden: not honoured on Kubernetes 1.34: feature gate ContainerRestartRules is off by default on Kubernetes 1.34, so the API server accepts the object and silently drops the field; it takes effect from Kubernetes 1.35',
    );
  });

  it('keeps a sidecar on 1.34 (the drop spares "Always")', () => {
    const out = lintManifest(build('Job', init('Always')), { kubernetesVersion: '1.34' });
    expect(out.filter((v) => v.path.includes('restartPolicy'))).toEqual([]);
  });
});
