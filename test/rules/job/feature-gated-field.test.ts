import { describe, expect, it } from 'vitest';
import { featureGatedField } from '../../../lib/rules/job/feature-gated-field';
import { lintManifest } from '../../../lib/lint';
import { validateManifest } from '../../../lib/schema/validate-manifest';
import { build, ruleCases, runRule } from '../rule-cases';

const indexed = { completionMode: 'Indexed', completions: 4 };
const failIndex = { podFailurePolicy: { rules: [{ action: 'FailIndex', onExitCodes: { operator: 'In', values: [1] } }] }, template: { spec: { restartPolicy: 'Never' } } };
const scheduling = { scheduling: { schedulingPolicy: { gang: { minCount: 1 } } } };
const sidecar = { initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }] };

ruleCases(featureGatedField, {
  valid: [
    { name: 'per-index backoff on 1.29', versions: ['1.29', '1.36'], jobSpec: { ...indexed, backoffLimitPerIndex: 1, maxFailedIndexes: 1, ...failIndex } },
    { name: 'podReplacementPolicy on 1.29', versions: ['1.29'], jobSpec: { podReplacementPolicy: 'Failed' } },
    { name: 'successPolicy on 1.31', versions: ['1.31'], jobSpec: { ...indexed, successPolicy: { rules: [{ succeededCount: 1 }] } } },
    { name: 'managedBy on 1.32', versions: ['1.32'], jobSpec: { managedBy: 'kueue.x-k8s.io/multikueue' } },
    { name: 'a sidecar init container on 1.29', versions: ['1.29'], podSpec: sidecar },
    { name: 'an emptyDir without mode on 1.37', versions: ['1.37'], podSpec: { volumes: [{ name: 'scratch', emptyDir: {} }] } },
    { name: 'null fields on 1.28', versions: ['1.28'], jobSpec: { backoffLimitPerIndex: null, managedBy: null } },
    { name: 'a sidecar on 1.34 (the ContainerRestartRules drop keeps "Always")', versions: ['1.34'], podSpec: sidecar },
    { name: 'procMount Default on 1.28 (what ProcMountType off resets it to)', versions: ['1.28', '1.32'], container: { securityContext: { procMount: 'Default' } } },
    { name: 'procMount Unmasked on 1.33 (ProcMountType on)', versions: ['1.33'], container: { securityContext: { procMount: 'Unmasked' } } },
    { name: 'a container restartPolicy before 1.34 (no gate yet: validation refuses it)', versions: ['1.28', '1.33'], container: { restartPolicy: 'Never' } },
    { name: 'restartPolicyRules before 1.34 (no gate yet: strict decoding refuses it)', versions: ['1.33'], container: { restartPolicyRules: [] } },
    { name: 'a container restartPolicy and rules on 1.35', versions: ['1.35'], container: { restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [1] } }] } },
    // Fields the target's schema does not have are the schema's unknown fields (strict decoding refuses them).
    { name: 'successPolicy on 1.29 (not in batch/v1 yet)', versions: ['1.29'], jobSpec: { successPolicy: { rules: [] } } },
    { name: 'managedBy on 1.28 (not in batch/v1 yet)', versions: ['1.28'], jobSpec: { managedBy: 'acme.io/x' } },
    { name: 'an emptyDir mode on 1.36 (not in core/v1 yet)', versions: ['1.36'], podSpec: { volumes: [{ name: 'scratch', emptyDir: { mode: 448 } }] } },
    { name: 'scheduling on 1.36 (not in batch/v1 yet)', versions: ['1.36'], jobSpec: scheduling },
  ],
  invalid: [
    { name: 'backoffLimitPerIndex on 1.28', versions: ['1.28'], jobSpec: { ...indexed, backoffLimitPerIndex: 1 }, errors: ['spec.backoffLimitPerIndex'] },
    { name: 'maxFailedIndexes on 1.28', versions: ['1.28'], jobSpec: { ...indexed, maxFailedIndexes: 1 }, errors: ['spec.maxFailedIndexes'] },
    { name: 'a FailIndex action on 1.28', versions: ['1.28'], jobSpec: failIndex, errors: ['spec.podFailurePolicy.rules[0].action'] },
    { name: 'podReplacementPolicy on 1.28', versions: ['1.28'], jobSpec: { podReplacementPolicy: 'Failed' }, errors: ['spec.podReplacementPolicy'] },
    { name: 'successPolicy on 1.30 (gate off)', versions: ['1.30'], jobSpec: { successPolicy: { rules: [] } }, errors: ['spec.successPolicy'] },
    { name: 'managedBy on 1.31 (gate off)', versions: ['1.31'], jobSpec: { managedBy: 'acme.io/x' }, errors: ['spec.managedBy'] },
    { name: 'a sidecar init container on 1.28', versions: ['1.28'], podSpec: sidecar, errors: ['spec.template.spec.initContainers[0].restartPolicy'] },
    {
      name: 'procMount other than Default before 1.33 (ProcMountType off)',
      versions: ['1.28', '1.32'],
      podSpec: { initContainers: [{ name: 'init', image: 'busybox', securityContext: { procMount: 'Masked' } }] },
      container: { securityContext: { procMount: 'Unmasked' } },
      errors: ['spec.template.spec.containers[0].securityContext.procMount', 'spec.template.spec.initContainers[0].securityContext.procMount'],
    },
    {
      name: 'container restart overrides on 1.34 (ContainerRestartRules alpha)',
      versions: ['1.34'],
      podSpec: {
        containers: [{ name: 'main', image: 'busybox', restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart' }] }],
        initContainers: [{ name: 'init', image: 'busybox', restartPolicy: 'OnFailure' }],
      },
      errors: [
        { path: 'spec.template.spec.containers[0].restartPolicy', severity: 'warning' },
        { path: 'spec.template.spec.initContainers[0].restartPolicy', severity: 'warning' },
        { path: 'spec.template.spec.containers[0].restartPolicyRules', severity: 'warning' },
      ],
    },
    { name: 'scheduling on 1.37 (WorkloadWithJob is alpha)', versions: ['1.37'], jobSpec: scheduling, errors: ['spec.scheduling'] },
    {
      name: 'alpha pod template fields of 1.37',
      versions: ['1.37'],
      podSpec: {
        volumes: [
          { name: 'scratch', emptyDir: { mode: 448 } },
          { name: 'token', projected: { sources: [{ serviceAccountToken: { path: 't', user: 1000 } }] } },
        ],
        initContainers: [{ name: 'init', image: 'busybox', volumeMounts: [{ name: 'scratch', mountPath: '/s', bindMountOptions: ['rw'] }] }],
        containers: [
          {
            name: 'main',
            image: 'busybox',
            livenessProbe: { grpc: { port: 9000, mode: 'TLS' } },
            lifecycle: { preStop: { httpGet: { port: 80, protocol: 'H2C' } } },
          },
        ],
      },
      errors: [
        'spec.template.spec.volumes[0].emptyDir.mode',
        'spec.template.spec.volumes[1].projected.sources[0].serviceAccountToken.user',
        'spec.template.spec.initContainers[0].volumeMounts[0].bindMountOptions',
        'spec.template.spec.containers[0].livenessProbe.grpc.mode',
        'spec.template.spec.containers[0].lifecycle.preStop.httpGet.protocol',
      ],
    },
  ],
});

describe('feature-gated-field messages', () => {
  it('names the gate and the first version that honours the field', () => {
    const off = runRule(featureGatedField, build('Job', { jobSpec: { podReplacementPolicy: 'Failed' } }), '1.28')[0];
    expect([off.message, off.hint, off.constructHint]).toMatchInlineSnapshot(`
      [
        "Forbidden: not honoured on Kubernetes 1.28: feature gate JobPodReplacementPolicy is off by default on Kubernetes 1.28, so the API server accepts the object and silently drops the field; it takes effect from Kubernetes 1.29",
        "target Kubernetes 1.29 or newer (--kubernetes-version 1.29), or remove the field",
        "set the cdk8s-jobs:kubernetesVersion context to "1.29" or newer, or remove the field",
      ]
    `);
  });

  it('leaves a field the schema does not have yet to the schema, whose hint names the version', () => {
    const [job, cron] = (['Job', 'CronJob'] as const).map((kind) => validateManifest(build(kind, { jobSpec: { managedBy: 'acme.io/x' } }), { kubernetesVersion: '1.28' }));
    for (const found of [job, cron]) {
      expect(found).toEqual([expect.objectContaining({ rule: 'schema', message: 'Forbidden: unknown field', hint: expect.stringContaining('from Kubernetes 1.30') })]);
    }
    const [mode] = validateManifest(build('Job', { podSpec: { volumes: [{ name: 'scratch', emptyDir: { mode: 448 } }] } }), { kubernetesVersion: '1.36' });
    expect(mode).toMatchObject({ path: 'spec.template.spec.volumes[0].emptyDir.mode', hint: expect.stringContaining('1.37') });
  });
});

describe('a FailIndex rule the server removes (gate off)', () => {
  it('is not checked by the schema either: its other values never reach validation', () => {
    const rules = [{ action: 'FailIndex', onPodConditions: [{ type: 'DisruptionTarget', status: 'Maybe' }] }];
    const manifest = build('Job', { jobSpec: { podFailurePolicy: { rules }, template: { spec: { restartPolicy: 'Never' } } } });
    expect(lintManifest(manifest, { kubernetesVersion: '1.28' }).filter((v) => v.severity === 'error')).toEqual([]);
    // 1.29 keeps the rule: its status is refused (and FailIndex wants backoffLimitPerIndex).
    expect(lintManifest(manifest, { kubernetesVersion: '1.29' }).filter((v) => v.severity === 'error').map((v) => v.path).sort()).toEqual([
      'spec.podFailurePolicy.rules[0].action',
      'spec.podFailurePolicy.rules[0].onPodConditions[0].status',
    ]);
  });
});
