/** Mutations inside containers: basics, ports, env, resources, probes and lifecycle, mounts, security context. */
import { probe } from '../base';
import { addVolume, containers, family, list, obj, someContainer, volumes } from '../draft';
import {
  BAD_DNS_LABELS,
  BAD_ENV_NAMES,
  BAD_PORT_NAMES,
  BAD_QUANTITIES,
  EDGE_QUANTITIES,
  NEGATIVE_QUANTITIES,
  RELAXED_ENV_NAMES,
} from '../values';

const c = someContainer;

export const CONTAINER_BASICS = family('container-basics', {
  'image-missing': (d) => delete c(d).image,
  'image-empty': (d) => (c(d).image = d.rng.pick(['', ' '])),
  'image-whitespace': (d) => (c(d).image = d.rng.pick([' busybox', 'busybox ', 'bus box'])),
  'image-odd': (d) => (c(d).image = d.rng.pick(['BusyBox', 'busybox:latest@sha256:abc', 'a'.repeat(300), 'registry:5000/ns/app:v1'])),
  'name-missing': (d) => delete c(d).name,
  'name-bad': (d) => (c(d).name = d.rng.pick(BAD_DNS_LABELS)),
  'name-duplicate': (d) => {
    const first = someContainer(d);
    containers(d).push({ ...first, name: first.name });
  },
  'pull-policy-bad': (d) => (c(d).imagePullPolicy = d.rng.pick(['always', 'Sometimes', ''])),
  'termination-message-policy-bad': (d) => (c(d).terminationMessagePolicy = d.rng.pick(['Logs', 'file', ''])),
  'termination-message-path': (d) => (c(d).terminationMessagePath = d.rng.pick(['', 'relative/path', '/a'.repeat(2100)])),
  'working-dir': (d) => (c(d).workingDir = d.rng.pick(['relative', '', 'C:\\work', '/work dir'])),
  'command-empty-entries': (d) => (c(d).command = d.rng.pick([[], [''], ['sh', '']])),
  'restart-policy-on-container': (d) => (c(d).restartPolicy = d.rng.pick(['Always', 'Never'])),
  'restart-policy-rules': (d) =>
    Object.assign(c(d), { restartPolicy: d.rng.pick(['Never', 'OnFailure']), restartPolicyRules: [{ action: d.rng.pick(['Restart', 'Ignore']), exitCodes: { operator: d.rng.pick(['In', 'NotIn']), values: d.rng.pick([[42], [1, 2], []]) } }] }),
  'stdin-once-without-stdin': (d) => Object.assign(c(d), { stdin: false, stdinOnce: true }),
  'many-containers': (d) => {
    for (let i = 0; i < d.rng.pick([5, 20]); i++) containers(d).push({ name: `w${i}`, image: 'busybox' });
  },
  'resize-policy': (d) => (c(d).resizePolicy = [{ resourceName: d.rng.pick(['cpu', 'memory', 'gpu']), restartPolicy: d.rng.pick(['NotRequired', 'RestartContainer', 'Never']) }]),
  'ephemeral-containers': (d) => (d.podSpec.ephemeralContainers = [{ name: 'debug', image: 'busybox' }]),
});

export const CONTAINER_PORTS = family('container-ports', {
  'port-out-of-range': (d) => (c(d).ports = [{ containerPort: d.rng.pick([0, 65536, 70000, -1]) }]),
  'port-missing': (d) => (c(d).ports = [{ name: 'http' }]),
  'host-port': (d) => (c(d).ports = [{ containerPort: 8080, hostPort: d.rng.pick([8080, 0, 70000, -5, 80]) }]),
  'host-network-host-port-mismatch': (d) => {
    d.podSpec.hostNetwork = true;
    c(d).ports = [{ containerPort: 8080, hostPort: d.rng.pick([8080, 9090]) }];
  },
  'protocol-bad': (d) => (c(d).ports = [{ containerPort: 53, protocol: d.rng.pick(['tcp', 'HTTP', '']) }]),
  'name-bad': (d) => (c(d).ports = [{ containerPort: 80, name: d.rng.pick(BAD_PORT_NAMES) }]),
  'name-duplicate': (d) => (c(d).ports = [{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }]),
  'port-duplicate': (d) => (c(d).ports = [{ containerPort: 80 }, { containerPort: 80, protocol: d.rng.pick(['TCP', 'UDP']) }]),
  'host-port-conflict-across-containers': (d) => {
    c(d).ports = [{ containerPort: 80, hostPort: 8080 }];
    containers(d).push({ name: 'other', image: 'busybox', ports: [{ containerPort: 81, hostPort: 8080 }] });
  },
  'host-ip': (d) => (c(d).ports = [{ containerPort: 80, hostPort: 8080, hostIP: d.rng.pick(['10.0.0.1', 'not-an-ip', '::1']) }]),
});

export const CONTAINER_ENV = family('container-env', {
  'name-relaxed': (d) => (c(d).env = [{ name: d.rng.pick(RELAXED_ENV_NAMES), value: 'x' }]),
  'name-bad': (d) => (c(d).env = [{ name: d.rng.pick(BAD_ENV_NAMES), value: 'x' }]),
  'name-missing': (d) => (c(d).env = [{ value: 'x' }]),
  'value-and-value-from': (d) => (c(d).env = [{ name: 'A', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]),
  'value-from-empty': (d) => (c(d).env = [{ name: 'A', valueFrom: {} }]),
  'value-from-two-sources': (d) => (c(d).env = [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' }, secretKeyRef: { name: 's', key: 'k' } } }]),
  'field-path-bad': (d) => (c(d).env = [{ name: 'A', valueFrom: { fieldRef: { fieldPath: d.rng.pick(['metadata.uid', 'status.hostIPs', 'status.podIPs', 'spec.serviceAccountName', 'metadata.labels', 'status.phase', 'metadata.labels[app]', "metadata.annotations['a b']", 'spec.containers[0].image', '']) } } }]),
  'field-ref-api-version': (d) => (c(d).env = [{ name: 'A', valueFrom: { fieldRef: { apiVersion: d.rng.pick(['v1', 'v2', 'apps/v1']), fieldPath: 'metadata.name' } } }]),
  'resource-field-bad': (d) => (c(d).env = [{ name: 'A', valueFrom: { resourceFieldRef: { resource: d.rng.pick(['limits.gpu', 'cpu', 'requests.ephemeral-storage', 'limits.hugepages-2Mi']), ...(d.rng.chance(0.5) ? { divisor: d.rng.pick(['3', '1Ki', '1m', '0']) } : {}) } } }]),
  'resource-field-container-unknown': (d) => (c(d).env = [{ name: 'A', valueFrom: { resourceFieldRef: { containerName: 'nope', resource: 'limits.cpu' } } }]),
  'secret-key-bad': (d) => (c(d).env = [{ name: 'A', valueFrom: { secretKeyRef: { name: d.rng.pick(['', 'Bad_Name', 's']), key: d.rng.pick(['', 'a/b', 'k', '..']) } } }]),
  'config-map-key-bad': (d) => (c(d).env = [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cm', key: d.rng.pick(['', 'a b', '.', 'ok.key']) } } }]),
  'env-from-prefix': (d) => (c(d).envFrom = [{ prefix: d.rng.pick(['1X_', 'A-B', 'A=', 'OK_', '']), configMapRef: { name: 'cm' } }]),
  'env-from-both': (d) => (c(d).envFrom = [{ configMapRef: { name: 'cm' }, secretRef: { name: 's' } }]),
  'env-from-none': (d) => (c(d).envFrom = [{ prefix: 'X_' }]),
  'env-from-name-bad': (d) => (c(d).envFrom = [{ secretRef: { name: d.rng.pick(['', 'Bad_Name', 'a.b']) } }]),
  'duplicate-names': (d) => (c(d).env = [{ name: 'A', value: '1' }, { name: 'A', value: '2' }]),
  'file-key-ref': (d) => (c(d).env = [{ name: 'A', valueFrom: { fileKeyRef: { volumeName: 'cfg', path: 'env', key: 'A' } } }]),
});

export const CONTAINER_RESOURCES = family('container-resources', {
  'edge-quantity': (d) => (c(d).resources = { requests: { [d.rng.pick(['cpu', 'memory', 'ephemeral-storage'])]: d.rng.pick(EDGE_QUANTITIES) } }),
  'bad-quantity': (d) => (c(d).resources = { [d.rng.pick(['requests', 'limits'])]: { [d.rng.pick(['cpu', 'memory'])]: d.rng.pick(BAD_QUANTITIES) } }),
  'negative-quantity': (d) => (c(d).resources = { [d.rng.pick(['requests', 'limits'])]: { [d.rng.pick(['cpu', 'memory'])]: d.rng.pick(NEGATIVE_QUANTITIES) } }),
  'request-above-limit': (d) => (c(d).resources = { requests: { [d.rng.pick(['cpu', 'memory'])]: d.rng.pick(['2', '2Gi', '1001m']) }, limits: { cpu: '1', memory: '1Gi' } }),
  'request-equals-limit-spelled-differently': (d) => (c(d).resources = { requests: { cpu: '1000m', memory: '1024Mi' }, limits: { cpu: '1', memory: '1Gi' } }),
  'resource-name-bad': (d) => (c(d).resources = { limits: { [d.rng.pick(['gpu', 'nvidia.com/', 'example.com/a b', 'CPU', 'requests.cpu', 'kubernetes.io/foo', 'example.com/foo'])]: '1' } }),
  'extended-fraction': (d) => (c(d).resources = { limits: { 'example.com/gpu': d.rng.pick(['0.5', '500m', '1']) }, requests: { 'example.com/gpu': d.rng.pick(['0.5', '1', '2']) } }),
  'extended-request-only': (d) => (c(d).resources = { requests: { 'example.com/gpu': '1' } }),
  'hugepages': (d) => (c(d).resources = { limits: { 'hugepages-2Mi': d.rng.pick(['100Mi', '1Gi', '3Mi']), ...(d.rng.chance(0.6) ? { memory: '1Gi' } : {}) }, ...(d.rng.chance(0.3) ? { requests: { 'hugepages-2Mi': '50Mi' } } : {}) }),
  'zero-limit': (d) => (c(d).resources = { limits: { [d.rng.pick(['cpu', 'memory'])]: d.rng.pick(['0', 0, '0Mi']) } }),
  'claims': (d) => (c(d).resources = { claims: [{ name: d.rng.pick(['gpu', 'Bad_Name', '']) }] }),
  'pod-resources': (d) => (d.podSpec.resources = { limits: { cpu: d.rng.pick(['2', 'x']), memory: '1Gi' } }),
  'unknown-resources-key': (d) => (c(d).resources = { requests: { storage: '1Gi', pods: '1' } }),
});

export const CONTAINER_PROBES = family('container-probes', {
  'no-handler': (d) => (c(d)[d.rng.pick(['livenessProbe', 'readinessProbe', 'startupProbe'])] = { initialDelaySeconds: 5 }),
  'two-handlers': (d) => (c(d).readinessProbe = { exec: { command: ['true'] }, tcpSocket: { port: 80 } }),
  'liveness-success-threshold': (d) => (c(d)[d.rng.pick(['livenessProbe', 'startupProbe'])] = { ...probe(d.rng), successThreshold: d.rng.pick([2, 0, 1]) }),
  'negative-timing': (d) => (c(d).readinessProbe = { ...probe(d.rng), [d.rng.pick(['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold', 'successThreshold'])]: d.rng.pick([-1, 0]) }),
  'http-port-bad': (d) => (c(d).livenessProbe = { httpGet: { path: '/', port: d.rng.pick([0, 70000, 'HTTP', 'very-long-port-name', '']) } }),
  'http-scheme-bad': (d) => (c(d).livenessProbe = { httpGet: { port: 80, scheme: d.rng.pick(['http', 'FTP']) } }),
  'http-header-bad': (d) => (c(d).readinessProbe = { httpGet: { port: 80, httpHeaders: [{ name: d.rng.pick(['Bad Header', '', 'X_Ok', 'X:Y']), value: 'v' }] } }),
  'tcp-port-bad': (d) => (c(d).readinessProbe = { tcpSocket: { port: d.rng.pick([0, 65536, 'no_such']) } }),
  'grpc-port-bad': (d) => (c(d).livenessProbe = { grpc: { port: d.rng.pick([0, 70000, -1]) } }),
  'exec-empty': (d) => (c(d).livenessProbe = { exec: d.rng.pick([{}, { command: [] }]) }),
  'probe-termination-grace': (d) => (c(d)[d.rng.pick(['livenessProbe', 'readinessProbe', 'startupProbe'])] = { ...probe(d.rng), terminationGracePeriodSeconds: d.rng.pick([0, 10, -1]) }),
  'lifecycle-no-handler': (d) => (c(d).lifecycle = { [d.rng.pick(['postStart', 'preStop'])]: {} }),
  'lifecycle-two-handlers': (d) => (c(d).lifecycle = { preStop: { exec: { command: ['a'] }, httpGet: { port: 80 } } }),
  'lifecycle-sleep': (d) => (c(d).lifecycle = { preStop: { sleep: { seconds: d.rng.pick([0, 5, -1, 100000]) } } }),
  'lifecycle-http-port-bad': (d) => (c(d).lifecycle = { postStart: { httpGet: { port: d.rng.pick([0, 'Bad']) } } }),
  'lifecycle-stop-signal': (d) => (c(d).lifecycle = { stopSignal: d.rng.pick(['SIGTERM', 'SIGUSR1', 'TERM']) }),
  'named-port-missing': (d) => (c(d).readinessProbe = { httpGet: { port: 'metrics' } }),
});

export const CONTAINER_VOLUME_MOUNTS = family('container-volume-mounts', {
  'volume-missing': (d) => list(c(d), 'volumeMounts').push({ name: 'nope', mountPath: '/nope' }),
  'mount-path-missing': (d) => list(c(d), 'volumeMounts').push({ name: addVolume(d, { emptyDir: {} }) }),
  'mount-path-relative': (d) => list(c(d), 'volumeMounts').push({ name: addVolume(d, { emptyDir: {} }), mountPath: d.rng.pick(['data', './data', '']) }),
  'mount-path-duplicate': (d) => {
    const a = addVolume(d, { emptyDir: {} });
    const b = addVolume(d, { emptyDir: {} });
    list(c(d), 'volumeMounts').push({ name: a, mountPath: '/data' }, { name: b, mountPath: d.rng.pick(['/data', '/data/', '/data2']) });
  },
  'sub-path-bad': (d) => list(c(d), 'volumeMounts').push({ name: addVolume(d, { emptyDir: {} }), mountPath: '/d', subPath: d.rng.pick(['/abs', '../up', 'a/../b', 'ok/sub', '..']) }),
  'sub-path-expr': (d) => list(c(d), 'volumeMounts').push({ name: addVolume(d, { emptyDir: {} }), mountPath: '/d', subPathExpr: '$(POD_NAME)', ...(d.rng.chance(0.5) ? { subPath: 'x' } : {}) }),
  'propagation-bad': (d) => list(c(d), 'volumeMounts').push({ name: addVolume(d, { hostPath: { path: '/var' } }), mountPath: '/d', mountPropagation: d.rng.pick(['Bidirectional', 'bidirectional', 'Shared', 'HostToContainer']) }),
  'recursive-read-only': (d) => list(c(d), 'volumeMounts').push({ name: addVolume(d, { emptyDir: {} }), mountPath: '/d', readOnly: d.rng.chance(0.6), recursiveReadOnly: d.rng.pick(['Enabled', 'IfPossible', 'Disabled', 'Always']) }),
  'device-on-non-block': (d) => list(c(d), 'volumeDevices').push({ name: addVolume(d, { emptyDir: {} }), devicePath: '/dev/xvda' }),
  'device-pvc': (d) => list(c(d), 'volumeDevices').push({ name: addVolume(d, { persistentVolumeClaim: { claimName: 'block' } }), devicePath: d.rng.pick(['/dev/xvda', 'dev/xvda', '']) }),
  'device-missing-volume': (d) => list(c(d), 'volumeDevices').push({ name: 'nope', devicePath: '/dev/x' }),
  'device-and-mount-same-path': (d) => {
    const v = addVolume(d, { persistentVolumeClaim: { claimName: 'block' } });
    list(c(d), 'volumeDevices').push({ name: v, devicePath: '/data' });
    list(c(d), 'volumeMounts').push({ name: addVolume(d, { emptyDir: {} }), mountPath: '/data' });
  },
  'same-volume-as-device-and-mount': (d) => {
    const v = addVolume(d, { persistentVolumeClaim: { claimName: 'block' } });
    list(c(d), 'volumeDevices').push({ name: v, devicePath: '/dev/b' });
    list(c(d), 'volumeMounts').push({ name: v, mountPath: '/b' });
  },
  'mount-name-empty': (d) => list(c(d), 'volumeMounts').push({ name: '', mountPath: '/x' }),
  'mount-secret-read-write': (d) => list(c(d), 'volumeMounts').push({ name: addVolume(d, { secret: { secretName: 's' } }), mountPath: '/s', readOnly: false }),
  'mount-duplicate-volume-twice': (d) => {
    const v = volumes(d)[0]?.name ?? addVolume(d, { emptyDir: {} });
    list(c(d), 'volumeMounts').push({ name: v as string, mountPath: '/one' }, { name: v as string, mountPath: '/two' });
  },
});

export const CONTAINER_SECURITY_CONTEXT = family('container-security-context', {
  'privileged-escalation-false': (d) => (c(d).securityContext = { privileged: true, allowPrivilegeEscalation: false }),
  'sys-admin-escalation-false': (d) => (c(d).securityContext = { capabilities: { add: ['SYS_ADMIN'] }, allowPrivilegeEscalation: false }),
  'negative-ids': (d) => (c(d).securityContext = { [d.rng.pick(['runAsUser', 'runAsGroup'])]: d.rng.pick([-1, 2147483648, 4294967296]) }),
  'run-as-non-root-uid-0': (d) => (c(d).securityContext = { runAsNonRoot: true, runAsUser: 0 }),
  'capabilities-odd': (d) => (c(d).securityContext = { capabilities: { add: [d.rng.pick(['CAP_NET_ADMIN', 'net_admin', 'ALL', '', 'NOT_A_CAP'])] } }),
  'seccomp-bad': (d) => (c(d).securityContext = { seccompProfile: d.rng.pick([{ type: 'Localhost' }, { type: 'RuntimeDefault', localhostProfile: 'x.json' }, { type: 'runtime/default' }, { type: 'Localhost', localhostProfile: '/abs.json' }, { type: 'Localhost', localhostProfile: '../up.json' }, {}]) }),
  'app-armor': (d) => (c(d).securityContext = { appArmorProfile: d.rng.pick([{ type: 'RuntimeDefault' }, { type: 'Localhost' }, { type: 'Localhost', localhostProfile: 'k8s-apparmor' }, { type: 'Unconfined', localhostProfile: 'x' }]) }),
  'app-armor-annotation': (d) => (obj(obj(d.template, 'metadata'), 'annotations')[`container.apparmor.security.beta.kubernetes.io/${(c(d).name as string) ?? 'main'}`] = d.rng.pick(['runtime/default', 'localhost/p', 'bogus', 'unconfined'])),
  'proc-mount': (d) => (c(d).securityContext = { procMount: d.rng.pick(['Default', 'Unmasked', 'Masked']) }),
  'windows-options': (d) => (c(d).securityContext = { windowsOptions: { runAsUserName: d.rng.pick(['ContainerUser', '', 'a'.repeat(300), 'dom\\user\\x']), ...(d.rng.chance(0.3) ? { hostProcess: true } : {}) } }),
  'se-linux': (d) => (c(d).securityContext = { seLinuxOptions: { level: d.rng.pick(['s0:c1,c2', 'bad level', '']), user: 'system_u' } }),
  'read-only-root-with-privileged': (d) => (c(d).securityContext = { privileged: true, readOnlyRootFilesystem: true, runAsNonRoot: true, runAsUser: 1000 }),
});
