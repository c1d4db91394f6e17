/** Mutations of the pod spec: fields, scheduling, security context, volumes, init and sidecar containers, template metadata. */
import { probe } from '../base';
import { addVolume, family, list, obj, someContainer, volumes, type Draft, type Json } from '../draft';
import { BAD_DNS_LABELS, BAD_DNS_SUBDOMAINS, BAD_LABEL_KEYS, BAD_LABEL_VALUES, BAD_QUANTITIES } from '../values';

const tmeta = (d: Draft): Json => obj(d.template, 'metadata');

export const TEMPLATE_METADATA = family('template-metadata', {
  'label-key-bad': (d) => (tmeta(d).labels = { [d.rng.pick(BAD_LABEL_KEYS)]: 'x' }),
  'label-value-bad': (d) => (tmeta(d).labels = { app: d.rng.pick(BAD_LABEL_VALUES) }),
  'annotation-key-bad': (d) => (tmeta(d).annotations = { [d.rng.pick(BAD_LABEL_KEYS)]: 'x' }),
  'annotations-large': (d) => (tmeta(d).annotations = d.rng.chance(0.1) ? { big: 'x'.repeat(d.rng.pick([262144, 300000])) } : Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`example.com/k${i}`, 'v'.repeat(200)]))),
  'name-and-namespace': (d) => Object.assign(tmeta(d), { name: d.rng.pick(['pod', 'Bad_Name']), namespace: d.rng.pick(['other', 'Bad']) }),
  'generate-name': (d) => (tmeta(d).generateName = d.rng.pick(['pod-', 'Bad-'])),
  'finalizers': (d) => (tmeta(d).finalizers = [d.rng.pick(['example.com/f', 'bad'])]),
  'job-name-label-own': (d) => (tmeta(d).labels = { 'job-name': d.rng.pick(['other', 'x'.repeat(64)]) }),
  'seccomp-annotation': (d) => (tmeta(d).annotations = { 'seccomp.security.alpha.kubernetes.io/pod': d.rng.pick(['runtime/default', 'bogus']) }),
  'owner-references': (d) => (tmeta(d).ownerReferences = [{ apiVersion: 'v1', kind: 'Pod', name: 'p', uid: 'u' }]),
});

export const POD_FIELDS = family('pod-fields', {
  'dns-policy-bad': (d) => (d.podSpec.dnsPolicy = d.rng.pick(['clusterfirst', 'Host', ''])),
  'dns-none-without-nameservers': (d) => Object.assign(d.podSpec, { dnsPolicy: 'None', ...(d.rng.chance(0.5) ? { dnsConfig: { searches: ['a.local'] } } : {}) }),
  'dns-config-bad': (d) =>
    (d.podSpec.dnsConfig = d.rng.pick([
      { nameservers: ['1.1.1.1', '8.8.8.8', '9.9.9.9', '8.8.4.4'] },
      { nameservers: ['not-an-ip'] },
      { searches: Array.from({ length: 33 }, (_, i) => `s${i}.local`) },
      { searches: ['Bad_Domain'] },
      { searches: ['x'.repeat(64) + '.local'] },
      { searches: ['.'] },
      { options: [{ value: '2' }] },
      { options: [{ name: 'ndots', value: '2' }, { name: 'ndots', value: '3' }] },
    ])),
  'host-aliases-bad': (d) => (d.podSpec.hostAliases = [d.rng.pick([{ ip: 'bad', hostnames: ['a'] }, { ip: '10.0.0.1', hostnames: ['Bad_Host'] }, { ip: '10.0.0.1' }, { hostnames: ['a'] }, { ip: '::1', hostnames: ['v6.local'] }])]),
  'hostname-bad': (d) => (d.podSpec[d.rng.pick(['hostname', 'subdomain'])] = d.rng.pick(BAD_DNS_LABELS)),
  'set-hostname-as-fqdn': (d) => Object.assign(d.podSpec, { setHostnameAsFQDN: true, hostname: d.rng.pick(['h', 'x'.repeat(63)]), subdomain: 'sub' }),
  'service-account-bad': (d) => (d.podSpec[d.rng.pick(['serviceAccountName', 'serviceAccount'])] = d.rng.pick(BAD_DNS_SUBDOMAINS)),
  'service-account-mismatch': (d) => Object.assign(d.podSpec, { serviceAccountName: 'a', serviceAccount: 'b' }),
  'class-names-bad': (d) => (d.podSpec[d.rng.pick(['priorityClassName', 'runtimeClassName', 'schedulerName'])] = d.rng.pick(BAD_DNS_SUBDOMAINS)),
  'priority': (d) => (d.podSpec.priority = d.rng.pick([0, 1000, -5, 2000000000])),
  'preemption-policy-bad': (d) => (d.podSpec.preemptionPolicy = d.rng.pick(['Always', 'never', ''])),
  'overhead': (d) => (d.podSpec.overhead = { [d.rng.pick(['cpu', 'memory', 'gpu'])]: d.rng.pick(['250m', ...BAD_QUANTITIES.slice(0, 3), '-1']) }),
  'readiness-gates-bad': (d) => (d.podSpec.readinessGates = [{ conditionType: d.rng.pick(['', 'Bad Type', 'example.com/ok', 'a/b/c']) }]),
  'scheduling-gates-bad': (d) => (d.podSpec.schedulingGates = d.rng.pick([[{ name: '' }], [{ name: 'Bad Gate' }], [{ name: 'a' }, { name: 'a' }], [{ name: 'example.com/ok' }]])),
  'resource-claims': (d) => (d.podSpec.resourceClaims = [{ name: d.rng.pick(['gpu', 'Bad_Name']), ...(d.rng.chance(0.5) ? { resourceClaimName: 'claim' } : { resourceClaimTemplateName: 'tmpl' }) }]),
  'deadline-bad': (d) => (d.podSpec.activeDeadlineSeconds = d.rng.pick([0, -1, 2147483648])),
  'grace-period-bad': (d) => (d.podSpec.terminationGracePeriodSeconds = d.rng.pick([-1, -2, 9223372036854775807])),
  'image-pull-secrets-odd': (d) => (d.podSpec.imagePullSecrets = [{ name: d.rng.pick(['', 'Bad_Name', 'ok']) }]),
  'host-namespaces': (d) => Object.assign(d.podSpec, { [d.rng.pick(['hostNetwork', 'hostPID', 'hostIPC'])]: true }),
  'host-users': (d) => (d.podSpec.hostUsers = false),
  'share-process-with-host-pid': (d) => Object.assign(d.podSpec, { shareProcessNamespace: true, hostPID: true }),
  'os-bad': (d) => (d.podSpec.os = { name: d.rng.pick(['Linux', 'darwin', '']) }),
  'os-windows-with-linux-fields': (d) => {
    d.podSpec.os = { name: 'windows' };
    if (d.rng.chance(0.5)) d.podSpec.securityContext = { runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } };
    else someContainer(d).securityContext = { capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true };
  },
  'os-linux-with-windows-options': (d) => {
    d.podSpec.os = { name: 'linux' };
    someContainer(d).securityContext = { windowsOptions: { runAsUserName: 'ContainerUser' } };
  },
  'node-name': (d) => (d.podSpec.nodeName = d.rng.pick(['node-1', 'Bad_Node', ''])),
  'hostname-override': (d) => (d.podSpec.hostnameOverride = d.rng.pick(['host-1', 'Bad_Host'])),
  'pod-level-resources': (d) => (d.podSpec.resources = { requests: { cpu: '1' }, limits: { cpu: '2' } }),
});

export const POD_SCHEDULING = family('pod-scheduling', {
  'node-selector-bad': (d) => (d.podSpec.nodeSelector = { [d.rng.pick(BAD_LABEL_KEYS)]: 'x' }),
  'node-selector-value-bad': (d) => (d.podSpec.nodeSelector = { disk: d.rng.pick(BAD_LABEL_VALUES) }),
  'node-affinity-empty-terms': (d) => (d.podSpec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: d.rng.pick([[], [{}]]) } } }),
  'node-affinity-operator': (d) =>
    (d.podSpec.affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [d.rng.pick([{ key: 'a', operator: 'Exists', values: ['x'] }, { key: 'a', operator: 'In', values: [] }, { key: 'a', operator: 'Gt', values: ['x'] }, { key: 'a', operator: 'Gt', values: ['1', '2'] }, { key: 'a', operator: 'Equal', values: ['x'] }, { key: '', operator: 'Exists' }, { key: 'a', operator: 'Lt', values: ['10'] }])] }],
        },
      },
    }),
  'node-affinity-fields': (d) => (d.podSpec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: d.rng.pick(['metadata.name', 'spec.nodeName']), operator: d.rng.pick(['In', 'Exists']), values: d.rng.pick([['n1'], ['n1', 'n2']]) }] }] } } }),
  'preferred-weight': (d) => (d.podSpec.affinity = { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: d.rng.pick([0, 101, -1, 100]), preference: { matchExpressions: [{ key: 'a', operator: 'Exists' }] } }] } }),
  'pod-affinity-topology-key': (d) => (d.podSpec.affinity = { [d.rng.pick(['podAffinity', 'podAntiAffinity'])]: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: d.rng.pick(['', 'Bad Key', 'kubernetes.io/hostname']), labelSelector: { matchLabels: { app: 'x' } } }] } }),
  'pod-affinity-selector-bad': (d) => (d.podSpec.affinity = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'zone', labelSelector: { matchExpressions: [{ key: 'app', operator: d.rng.pick(['In', 'Exists', 'Has']), values: d.rng.pick([[], ['a']]) }] } }] } }),
  'pod-affinity-match-label-keys': (d) => (d.podSpec.affinity = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'zone', labelSelector: { matchLabels: { app: 'x' } }, matchLabelKeys: [d.rng.pick(['pod-template-hash', 'app', 'Bad Key'])] }] } }),
  'pod-affinity-namespaces': (d) => (d.podSpec.affinity = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'zone', namespaces: [d.rng.pick(['ok', 'Bad_NS'])], namespaceSelector: {} }] } }),
  'toleration-bad': (d) =>
    (d.podSpec.tolerations = [
      d.rng.pick([
        { key: 'a', operator: 'Exists', value: 'x' },
        { operator: 'Equal', value: 'x' },
        { key: 'a', operator: 'Equal', value: 'x', effect: 'NoSchedule', tolerationSeconds: 30 },
        { key: 'a', operator: 'In', value: 'x' },
        { key: 'a', effect: 'Evict' },
        { key: 'Bad Key', operator: 'Exists' },
        { key: 'a', value: d.rng.pick(BAD_LABEL_VALUES) },
        { key: 'a', operator: 'Equal', value: 'x', effect: 'NoExecute', tolerationSeconds: -10 },
        { key: 'a', operator: 'Lt', value: '5' },
      ]),
    ]),
  'topology-spread-bad': (d) =>
    (d.podSpec.topologySpreadConstraints = [
      {
        maxSkew: d.rng.pick([0, 1, -1]),
        topologyKey: d.rng.pick(['', 'zone', 'Bad Key']),
        whenUnsatisfiable: d.rng.pick(['DoNotSchedule', 'ScheduleAnyway', 'Never', '']),
        ...(d.rng.chance(0.3) ? { minDomains: d.rng.pick([0, 1, 3]) } : {}),
        ...(d.rng.chance(0.3) ? { nodeAffinityPolicy: d.rng.pick(['Honor', 'Ignore', 'honor']) } : {}),
        ...(d.rng.chance(0.3) ? { nodeTaintsPolicy: d.rng.pick(['Honor', 'Ignore', 'Bad']) } : {}),
        ...(d.rng.chance(0.3) ? { matchLabelKeys: [d.rng.pick(['pod-template-hash', 'app', 'Bad Key'])], labelSelector: { matchLabels: { app: 'x' } } } : {}),
      },
    ]),
  'topology-spread-duplicate': (d) => (d.podSpec.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }, { maxSkew: 2, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule' }]),
});

export const POD_SECURITY_CONTEXT = family('pod-security-context', {
  'negative-ids': (d) => (d.podSpec.securityContext = { [d.rng.pick(['runAsUser', 'runAsGroup', 'fsGroup'])]: d.rng.pick([-1, 2147483648]) }),
  'supplemental-groups-bad': (d) => (d.podSpec.securityContext = { supplementalGroups: [d.rng.pick([-1, 4294967296, 0])] }),
  'fs-group-change-policy-bad': (d) => (d.podSpec.securityContext = { fsGroupChangePolicy: d.rng.pick(['Sometimes', 'onRootMismatch', '']) }),
  'sysctls-bad': (d) => (d.podSpec.securityContext = { sysctls: d.rng.pick([[{ name: 'Bad Name', value: '1' }], [{ name: '', value: '1' }], [{ name: 'net.core.somaxconn', value: '1' }, { name: 'net.core.somaxconn', value: '2' }], [{ name: 'kernel/shm_rmid_forced', value: '1' }], [{ name: 'net.ipv4.ip_forward' }]]) }),
  'sysctls-host-network': (d) => Object.assign(d.podSpec, { hostNetwork: true, securityContext: { sysctls: [{ name: 'net.ipv4.tcp_syncookies', value: '1' }] } }),
  'seccomp-bad': (d) => (d.podSpec.securityContext = { seccompProfile: d.rng.pick([{ type: 'Localhost' }, { type: 'Unconfined', localhostProfile: 'x' }, { type: 'Bad' }]) }),
  'app-armor': (d) => (d.podSpec.securityContext = { appArmorProfile: d.rng.pick([{ type: 'RuntimeDefault' }, { type: 'Localhost' }]) }),
  'supplemental-groups-policy': (d) => (d.podSpec.securityContext = { supplementalGroupsPolicy: d.rng.pick(['Merge', 'Strict', 'Bad']) }),
  'se-linux-change-policy': (d) => (d.podSpec.securityContext = { seLinuxChangePolicy: d.rng.pick(['MountOption', 'Recursive', 'Bad']) }),
  'windows-host-process-mismatch': (d) => {
    d.podSpec.securityContext = { windowsOptions: { hostProcess: true } };
    someContainer(d).securityContext = { windowsOptions: { hostProcess: false } };
  },
  'run-as-non-root-uid-0': (d) => (d.podSpec.securityContext = { runAsNonRoot: true, runAsUser: 0 }),
});

export const VOLUMES = family('volumes', {
  'name-missing': (d) => volumes(d).push({ emptyDir: {} }),
  'name-bad': (d) => volumes(d).push({ name: d.rng.pick(BAD_DNS_LABELS), emptyDir: {} }),
  'name-duplicate': (d) => volumes(d).push({ name: 'dup', emptyDir: {} }, { name: 'dup', configMap: { name: 'cm' } }),
  'no-source': (d) => volumes(d).push({ name: 'empty' }),
  'two-sources': (d) => volumes(d).push({ name: 'two', emptyDir: {}, configMap: { name: 'cm' } }),
  'empty-dir-size': (d) => addVolume(d, { emptyDir: { sizeLimit: d.rng.pick(['-1Gi', '0', 'lots', '1e3', '1.5Gi']), ...(d.rng.chance(0.3) ? { medium: d.rng.pick(['Memory', 'HugePages', 'Disk']) } : {}) } }),
  'host-path-bad': (d) => addVolume(d, { hostPath: { path: d.rng.pick(['', 'relative', '/ok', '/a/../b']), ...(d.rng.chance(0.5) ? { type: d.rng.pick(['Directory', 'dir', 'Socket', '']) } : {}) } }),
  'config-map-bad': (d) => addVolume(d, { configMap: d.rng.pick([{}, { name: '' }, { name: 'cm', items: [{ key: '', path: 'x' }] }, { name: 'cm', items: [{ key: 'k', path: '/abs' }] }, { name: 'cm', items: [{ key: 'k', path: '../x' }] }, { name: 'cm', defaultMode: 1000 }, { name: 'cm', items: [{ key: 'k', path: 'p', mode: -1 }] }]) }),
  'secret-bad': (d) => addVolume(d, { secret: d.rng.pick([{}, { secretName: '' }, { secretName: 'Bad_Name' }, { secretName: 's', defaultMode: 512 }, { secretName: 's', items: [{ key: 'k', path: '' }] }]) }),
  'pvc-bad': (d) => addVolume(d, { persistentVolumeClaim: { claimName: d.rng.pick(['', 'Bad_Claim', 'ok']) } }),
  'downward-api-bad': (d) => addVolume(d, { downwardAPI: { items: [d.rng.pick([{ path: 'x', fieldRef: { fieldPath: 'spec.nodeName' } }, { path: '', fieldRef: { fieldPath: 'metadata.name' } }, { path: 'x' }, { path: 'x', resourceFieldRef: { resource: 'limits.cpu' } }, { path: 'x', resourceFieldRef: { containerName: 'main', resource: 'limits.cpu' } }, { path: 'x', fieldRef: { fieldPath: 'metadata.uid' } }])] } }),
  'projected-bad': (d) =>
    addVolume(d, {
      projected: d.rng.pick([
        { sources: [] },
        { sources: [{}] },
        { sources: [{ serviceAccountToken: { path: 't', expirationSeconds: d.rng.pick([60, 599, 600, 4294967296]) } }] },
        { sources: [{ serviceAccountToken: { path: '' } }] },
        { sources: [{ secret: { name: 's', items: [{ key: 'k', path: 'same' }] } }, { configMap: { name: 'c', items: [{ key: 'k', path: 'same' }] } }] },
        { sources: [{ clusterTrustBundle: { path: 'ca.pem', signerName: 'example.com/signer' } }] },
        { sources: [{ podCertificate: { signerName: 'example.com/s', keyType: 'ED25519', credentialBundlePath: 'cred.pem' } }] },
        { sources: [{ secret: { name: 's' }, configMap: { name: 'c' } }] },
      ]),
    }),
  'ephemeral-bad': (d) => addVolume(d, { ephemeral: d.rng.pick([{}, { volumeClaimTemplate: { spec: {} } }, { volumeClaimTemplate: { metadata: { name: 'x' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } }, { volumeClaimTemplate: { spec: { accessModes: ['Sometimes'], resources: { requests: { storage: '1Gi' } } } } }]) }),
  'nfs-bad': (d) => addVolume(d, { nfs: d.rng.pick([{ server: '', path: '/x' }, { server: 's', path: 'relative' }, { server: 's' }]) }),
  'csi-bad': (d) => addVolume(d, { csi: { driver: d.rng.pick(['', 'Bad Driver', 'x'.repeat(64), 'ok.csi.io']), ...(d.rng.chance(0.3) ? { nodePublishSecretRef: { name: '' } } : {}) } }),
  'iscsi-bad': (d) => addVolume(d, { iscsi: d.rng.pick([{ targetPortal: '', iqn: 'iqn.2001-04.com.example:s', lun: 0 }, { targetPortal: 'p', iqn: 'bad-iqn', lun: 0 }, { targetPortal: 'p', iqn: 'iqn.2001-04.com.example:s', lun: 300 }, { targetPortal: 'p', iqn: 'iqn.2001-04.com.example:s', lun: 0, chapAuthSession: true }]) }),
  'image-volume': (d) => {
    const name = addVolume(d, { image: { reference: d.rng.pick(['quay.io/crio/artifact:v1', '']), pullPolicy: d.rng.pick(['IfNotPresent', 'Sometimes']) } });
    if (d.rng.chance(0.7)) list(someContainer(d), 'volumeMounts').push({ name, mountPath: '/artifact', readOnly: true });
  },
  'git-repo': (d) => addVolume(d, { gitRepo: { repository: d.rng.pick(['https://github.com/kubernetes/kubernetes', '']), ...(d.rng.chance(0.3) ? { directory: d.rng.pick(['.', '..', 'sub']) } : {}) } }),
  'legacy-source-bad': (d) =>
    addVolume(d, d.rng.pick([{ rbd: { monitors: [], image: 'x' } }, { cephfs: { monitors: [] } }, { awsElasticBlockStore: { volumeID: '' } }, { gcePersistentDisk: { pdName: '' } }, { azureDisk: { diskName: 'd', diskURI: 'u', cachingMode: 'Bad' } }, { fc: {} }, { glusterfs: { endpoints: '', path: '' } }, { flexVolume: { driver: '' } }, { quobyte: { registry: '', volume: '' } }, { cinder: { volumeID: '' } }])),
  'unused-volume': (d) => addVolume(d, { emptyDir: {} }),
  'many-volumes': (d) => {
    for (let i = 0; i < 30; i++) addVolume(d, { emptyDir: {} });
  },
});

export const INIT_AND_SIDECAR = family('init-and-sidecar-containers', {
  'sidecar': (d) => list(d.podSpec, 'initContainers').push({ name: 'proxy', image: 'envoy:v1', restartPolicy: 'Always', ...(d.rng.chance(0.4) ? { readinessProbe: probe(d.rng), startupProbe: { ...probe(d.rng), successThreshold: 1 } } : {}) }),
  'sidecar-restart-policy-bad': (d) => list(d.podSpec, 'initContainers').push({ name: 'proxy', image: 'envoy:v1', restartPolicy: d.rng.pick(['Never', 'OnFailure', 'always']) }),
  'init-with-probe': (d) => list(d.podSpec, 'initContainers').push({ name: 'init', image: 'busybox', [d.rng.pick(['livenessProbe', 'readinessProbe', 'startupProbe'])]: probe(d.rng) }),
  'init-with-lifecycle': (d) => list(d.podSpec, 'initContainers').push({ name: 'init', image: 'busybox', lifecycle: { preStop: { exec: { command: ['x'] } } } }),
  'sidecar-lifecycle': (d) => list(d.podSpec, 'initContainers').push({ name: 'proxy', image: 'envoy:v1', restartPolicy: 'Always', lifecycle: { postStart: { exec: { command: ['x'] } } } }),
  'sidecar-readiness-liveness': (d) => list(d.podSpec, 'initContainers').push({ name: 'proxy', image: 'envoy:v1', restartPolicy: 'Always', livenessProbe: { ...probe(d.rng), successThreshold: d.rng.pick([1, 2]) } }),
  'init-name-clash': (d) => list(d.podSpec, 'initContainers').push({ name: someContainer(d).name, image: 'busybox' }),
  'init-image-missing': (d) => list(d.podSpec, 'initContainers').push({ name: 'init' }),
  'init-bad-port': (d) => list(d.podSpec, 'initContainers').push({ name: 'init', image: 'busybox', ports: [{ containerPort: d.rng.pick([0, 70000, 80]) }] }),
  'init-resources-bad': (d) => list(d.podSpec, 'initContainers').push({ name: 'init', image: 'busybox', resources: { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } } }),
  'init-mount-missing-volume': (d) => list(d.podSpec, 'initContainers').push({ name: 'init', image: 'busybox', volumeMounts: [{ name: 'nope', mountPath: '/x' }] }),
  'init-env-bad': (d) => list(d.podSpec, 'initContainers').push({ name: 'init', image: 'busybox', env: [{ name: 'A', valueFrom: {} }] }),
  'init-security-context-bad': (d) => list(d.podSpec, 'initContainers').push({ name: 'init', image: 'busybox', securityContext: { privileged: true, allowPrivilegeEscalation: false } }),
  'sidecar-with-pod-failure-policy': (d) => {
    d.podSpec.restartPolicy = 'Never';
    list(d.podSpec, 'initContainers').push({ name: 'proxy', image: 'envoy:v1', restartPolicy: 'Always' });
    d.jobSpec.podFailurePolicy = { rules: [{ action: 'FailJob', onExitCodes: { containerName: d.rng.pick(['proxy', 'main']), operator: 'In', values: [1] } }] };
  },
});
