import { describe, expect, it } from 'vitest';
import { containerRestartPolicy } from '../../../lib/rules/pod/container-restart-policy';
import { build, ruleCases, runRule } from '../rule-cases';

const init = (restartPolicy: string) => ({ podSpec: { initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy }] } });

ruleCases(containerRestartPolicy, {
  valid: [
    { name: 'a sidecar init container', versions: ['1.29', '1.36'], ...init('Always') },
    { name: 'a regular container sets it on 1.35 (ContainerRestartRules beta)', versions: ['1.35', '1.36'], container: { restartPolicy: 'Never' } },
    { name: 'an init container sets Never on 1.28 (dropped; feature-gated-field reports it)', versions: ['1.28'], ...init('Never') },
  ],
  invalid: [
    { name: 'a regular container sets it before 1.34', versions: ['1.28', '1.33'], container: { restartPolicy: 'Always' }, errors: ['spec.template.spec.containers[0].restartPolicy'] },
    { name: 'a regular container sets it on 1.34 (dropped while ContainerRestartRules is off)', versions: ['1.34'], container: { restartPolicy: 'Never' }, errors: ['spec.template.spec.containers[0].restartPolicy'] },
    { name: 'an init container sets Never before 1.35', versions: ['1.29', '1.33', '1.34'], ...init('Never'), errors: ['spec.template.spec.initContainers[0].restartPolicy'] },
    { name: 'an init container sets an unknown value', versions: ['1.36'], ...init('Sometimes'), errors: ['spec.template.spec.initContainers[0].restartPolicy'] },
  ],
});

describe('container-restart-policy messages', () => {
  it.each([
    ['1.33', 'Forbidden: may not be set for non-init containers'],
    [
      '1.34',
      'Forbidden: not honoured on Kubernetes 1.34: feature gate ContainerRestartRules is off by default, so the API server would drop the field silently; it takes effect from Kubernetes 1.35',
    ],
  ])('explains the outcome on %s', (version, message) => {
    const [v] = runRule(containerRestartPolicy, build('Job', { container: { restartPolicy: 'Always' } }), version);
    expect(v.message).toBe(message);
  });
});
