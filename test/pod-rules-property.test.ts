/**
 * Property tests for the pod-level rules: random mutations of a pod template that sets every
 * field they read never make one of them throw, on any target version; and a few targeted
 * properties (in-range values are never reported).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POD_RULES } from '../lib/rules/pod';
import { podSecurityContextRule } from '../lib/rules/pod/pod-security-context';
import { podTolerations } from '../lib/rules/pod/pod-tolerations';
import { findPlaceholder } from '../lib/rules/support/placeholders';
import { KUBERNETES_VERSIONS } from '../lib/versions';
import { build, runRule } from './rules/rule-cases';

type Json = Record<string, unknown>;

/** The versions where the pod rules switch behaviour. */
const VERSIONS = ['1.28', '1.30', '1.33', '1.34', '1.36'];

const selector = { matchLabels: { app: 'x' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['a'] }] };

/** A Job whose template sets every field the pod rules read. */
function richPod(): Json {
  const m = build('Job', {
    podSpec: {
      dnsPolicy: 'None',
      dnsConfig: { nameservers: ['10.0.0.10', '2001:db8::1'], searches: ['svc.cluster.local'], options: [{ name: 'ndots', value: '2' }] },
      hostAliases: [{ ip: '127.0.0.1', hostnames: ['local'] }],
      serviceAccountName: 'runner',
      serviceAccount: 'runner',
      nodeName: 'node-1',
      priorityClassName: 'high',
      runtimeClassName: 'gvisor',
      hostname: 'h',
      subdomain: 's',
      hostnameOverride: 'h.example',
      setHostnameAsFQDN: false,
      activeDeadlineSeconds: 60,
      terminationGracePeriodSeconds: 30,
      preemptionPolicy: 'Never',
      overhead: { cpu: '250m', memory: '120Mi', 'hugepages-2Mi': '2Mi' },
      readinessGates: [{ conditionType: 'example.com/ready' }],
      schedulingGates: [{ name: 'example.com/gate' }],
      resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 'gpu' }],
      imagePullSecrets: [{ name: 'regcred' }],
      hostNetwork: false,
      hostPID: false,
      hostIPC: false,
      hostUsers: true,
      shareProcessNamespace: false,
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'a', operator: 'In', values: ['b'] }], matchFields: [{ key: 'metadata.name', operator: 'In', values: ['n'] }] }] },
          preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: 'a', operator: 'Exists' }] } }],
        },
        podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: selector, topologyKey: 'zone', namespaces: ['a'], matchLabelKeys: ['k'] }] },
        podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 5, podAffinityTerm: { labelSelector: selector, topologyKey: 'zone', mismatchLabelKeys: ['m'] } }] },
      },
      tolerations: [{ key: 'k', operator: 'Equal', value: 'v', effect: 'NoExecute', tolerationSeconds: 5 }],
      topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', minDomains: 1, labelSelector: selector, matchLabelKeys: ['k'], nodeAffinityPolicy: 'Honor' }],
      securityContext: {
        runAsUser: 1, runAsGroup: 1, fsGroup: 1, supplementalGroups: [1], fsGroupChangePolicy: 'Always', supplementalGroupsPolicy: 'Merge', seLinuxChangePolicy: 'Recursive',
        sysctls: [{ name: 'kernel.msgmax', value: '1' }],
        seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' },
        appArmorProfile: { type: 'Localhost', localhostProfile: 'p' },
        windowsOptions: { runAsUserName: 'D\\u', gmsaCredentialSpecName: 'g', gmsaCredentialSpec: '{}', hostProcess: false },
      },
    },
    container: { ports: [{ containerPort: 80, hostPort: 80 }], volumeDevices: [], securityContext: { seccompProfile: { type: 'RuntimeDefault' }, appArmorProfile: { type: 'RuntimeDefault' }, windowsOptions: { hostProcess: false } } },
  });
  const template = (m.spec as Json).template as Json;
  template.metadata = {
    annotations: {
      'seccomp.security.alpha.kubernetes.io/pod': 'localhost/p.json',
      'container.seccomp.security.alpha.kubernetes.io/pi': 'runtime/default',
      'container.apparmor.security.beta.kubernetes.io/pi': 'runtime/default',
    },
  };
  return m;
}

/** Every object or array inside a JSON value (the value itself included). */
function nodes(value: unknown, out: Array<Record<string | number, unknown>> = []): Array<Record<string | number, unknown>> {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value as Record<string | number, unknown>);
  for (const v of Object.values(value)) nodes(v, out);
  return out;
}

const garbage = fc.oneof(
  fc.constant({ name: 'windows' }),
  fc.anything({ maxDepth: 3, withNullPrototype: true }),
  fc.constantFrom(null, '', -1, 0, 2 ** 31, -(2 ** 31) - 1, 1e308, 0.5, true, [], {}, 'windows', 'Localhost', '::ffff:1.2.3.4', '1:0:0:2:0:0:3:4', 'hugepages-0'),
  fc.string({ maxLength: 200 }),
  fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null)), { maxLength: 10 }),
);

describe('pod rules never throw', () => {
  it('on random replacements inside a template that sets every pod field', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.nat(), garbage), { minLength: 1, maxLength: 5 }), (changes) => {
        const manifest = richPod();
        for (const [pick, keyPick, generated] of changes) {
          const all = nodes(((manifest.spec as Json).template as Json));
          const target = all[pick % all.length];
          const keys = Object.keys(target);
          if (keys.length === 0) continue;
          target[keys[keyPick % keys.length]] = structuredClone(generated);
        }
        for (const version of VERSIONS) for (const rule of POD_RULES) expect(() => runRule(rule, manifest, version)).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });

  it('accepts the rich template on every version', () => {
    for (const version of VERSIONS) {
      const found = POD_RULES.flatMap((rule) => runRule(rule, richPod(), version)).filter((v) => v.severity === 'error');
      expect(found.map((v) => `${version} ${v.path}: ${v.message}`)).toEqual([]);
    }
  });
});

describe('targeted pod properties', () => {
  const id = fc.integer({ min: 0, max: 2 ** 31 - 1 });

  it('no in-range user or group id is reported', () => {
    fc.assert(
      fc.property(id, id, fc.constantFrom(...KUBERNETES_VERSIONS), (runAsUser, fsGroup, version) => {
        expect(runRule(podSecurityContextRule, build('Job', { podSpec: { securityContext: { runAsUser, fsGroup, supplementalGroups: [runAsUser] } } }), version)).toEqual([]);
      }),
    );
  });

  it('an Exists toleration with a label-key key is never reported', () => {
    const keyPart = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/);
    fc.assert(
      fc.property(keyPart, fc.constantFrom('NoSchedule', 'PreferNoSchedule', 'NoExecute', ''), (key, effect) => {
        expect(runRule(podTolerations, build('Job', { podSpec: { tolerations: [{ key, operator: 'Exists', effect }] } }))).toEqual([]);
      }),
    );
  });

  it('placeholder detection never throws and never reports a valid DNS label', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        findPlaceholder(s);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/), (s) => {
        expect(findPlaceholder(s)).toBeUndefined();
      }),
    );
  });
});
