/**
 * Valid manifests with a random mix of the Job and pod-template surface: the starting point of
 * every case. Only fields every supported version (1.28 on) serves with their gate on by default
 * are used here; gated fields appear as mutations, where a disagreement is expected per version.
 */
import { addVolume, containers, list, obj, type Draft, type Json, type Kind } from './draft';
import type { Rng } from './rng';
import { GOOD_ENV_NAMES, GOOD_IMAGES, GOOD_LABEL_KEYS, GOOD_LABEL_VALUES, GOOD_PORT_NAMES, VALID_CPU, VALID_EPHEMERAL, VALID_MEMORY } from './values';

export function baseDraft(rng: Rng, kind: Kind): Draft {
  const podSpec: Json = { restartPolicy: rng.pick(['Never', 'OnFailure']), containers: [] };
  const template: Json = { spec: podSpec };
  const jobSpec: Json = { template };
  const name = rng.label(3, 20);
  const manifest: Json =
    kind === 'Job'
      ? { apiVersion: 'batch/v1', kind, metadata: { name }, spec: jobSpec }
      : { apiVersion: 'batch/v1', kind, metadata: { name }, spec: { schedule: rng.pick(SCHEDULES), jobTemplate: { spec: jobSpec } } };
  const d: Draft = { rng, kind, manifest, jobSpec, template, podSpec, ...(kind === 'CronJob' ? { cronSpec: manifest.spec as Json } : {}) };
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) containers(d).push(container(rng, i === 0 ? 'main' : `side-${i}`));
  for (const [p, build] of OPTIONAL) if (rng.chance(p)) build(d);
  return d;
}

const SCHEDULES = ['*/5 * * * *', '0 0 * * *', '@hourly', '@daily', '30 2 * * 1-5', '0 */6 * * *', '15,45 * * * *', '0 0 1 * *'];

function container(rng: Rng, name: string): Json {
  const c: Json = { name, image: rng.pick(GOOD_IMAGES) };
  if (rng.chance(0.5)) c.command = rng.pick([['sh', '-c'], ['perl', '-e'], ['/bin/run']]);
  if (rng.chance(0.4)) c.args = rng.pick([['echo hello'], ['--once', '--verbose'], ['up']]);
  if (rng.chance(0.2)) c.workingDir = rng.pick(['/work', '/tmp', '/app/data']);
  if (rng.chance(0.3)) c.imagePullPolicy = rng.pick(['Always', 'IfNotPresent', 'Never']);
  if (rng.chance(0.15)) c.terminationMessagePath = rng.pick(['/dev/termination-log', '/tmp/done']);
  if (rng.chance(0.15)) c.terminationMessagePolicy = rng.pick(['File', 'FallbackToLogsOnError']);
  if (rng.chance(0.35)) c.resources = resources(rng);
  if (rng.chance(0.35)) c.env = env(rng);
  if (rng.chance(0.15)) c.envFrom = [rng.chance(0.5) ? { configMapRef: { name: rng.label() } } : { secretRef: { name: rng.label(), optional: true }, prefix: 'APP_' }];
  if (rng.chance(0.25)) c.ports = ports(rng);
  if (rng.chance(0.2)) c.readinessProbe = probe(rng);
  if (rng.chance(0.15)) c.livenessProbe = probe(rng);
  if (rng.chance(0.1)) c.startupProbe = { ...probe(rng), successThreshold: 1 };
  if (rng.chance(0.1)) c.lifecycle = { preStop: { exec: { command: ['sh', '-c', 'sleep 5'] } } };
  if (rng.chance(0.25)) c.securityContext = containerSecurityContext(rng);
  if (rng.chance(0.05)) Object.assign(c, { stdin: true, tty: rng.chance(0.5), stdinOnce: rng.chance(0.5) });
  return c;
}

export function resources(rng: Rng): Json {
  const cpu = rng.pick(VALID_CPU);
  const memory = rng.pick(VALID_MEMORY);
  const r: Json = {};
  if (rng.chance(0.8)) r.requests = { cpu, memory, ...(rng.chance(0.2) ? { 'ephemeral-storage': rng.pick(VALID_EPHEMERAL) } : {}) };
  if (rng.chance(0.6)) r.limits = { cpu, memory };
  if (rng.chance(0.05)) r.limits = { ...(r.limits as Json), 'example.com/gpu': '1' };
  if (rng.chance(0.05)) r.requests = { ...(r.requests as Json), 'example.com/gpu': '1' };
  if (r.requests && (r.requests as Json)['example.com/gpu'] !== undefined) r.limits = { ...(r.limits as Json), 'example.com/gpu': '1' };
  return r;
}

function env(rng: Rng): Json[] {
  const out: Json[] = [];
  const n = rng.int(1, 4);
  for (let i = 0; i < n; i++) {
    const name = `${rng.pick(GOOD_ENV_NAMES)}_${i}`;
    switch (rng.int(0, 5)) {
      case 0:
        out.push({ name, valueFrom: { fieldRef: { fieldPath: rng.pick(['metadata.name', 'metadata.namespace', 'spec.nodeName', 'status.podIP', "metadata.labels['app']", "metadata.annotations['example.com/owner']"]) } } });
        break;
      case 1:
        out.push({ name, valueFrom: { secretKeyRef: { name: rng.label(), key: rng.pick(['password', 'token', 'tls.crt']) } } });
        break;
      case 2:
        out.push({ name, valueFrom: { configMapKeyRef: { name: rng.label(), key: 'config.yaml', optional: rng.chance(0.5) } } });
        break;
      case 3:
        out.push(
          rng.chance(0.5)
            ? { name, valueFrom: { resourceFieldRef: { resource: 'limits.cpu', divisor: rng.pick(['1', '1m']) } } }
            : { name, valueFrom: { resourceFieldRef: { resource: rng.pick(['requests.memory', 'limits.memory']), divisor: rng.pick(['1', '1Mi', '1Ki']) } } },
        );
        break;
      default:
        out.push({ name, value: rng.pick(['1', 'true', '', 'some value', '$(HOME)/x']) });
    }
  }
  return out;
}

function ports(rng: Rng): Json[] {
  const n = rng.int(1, 2);
  const out: Json[] = [];
  for (let i = 0; i < n; i++) {
    const p: Json = { containerPort: rng.pick([80, 8080, 9090, 1, 65535, 5432]) + i };
    if (p.containerPort === 65536) p.containerPort = 65534;
    if (rng.chance(0.6)) p.name = `${rng.pick(GOOD_PORT_NAMES)}${i}`.slice(0, 15);
    if (rng.chance(0.3)) p.protocol = rng.pick(['TCP', 'UDP', 'SCTP']);
    out.push(p);
  }
  return out;
}

export function probe(rng: Rng): Json {
  const handlers: Json[] = [
    { exec: { command: ['cat', '/tmp/healthy'] } },
    { httpGet: { path: '/healthz', port: rng.pick([8080, 'http0', 80]), ...(rng.chance(0.3) ? { scheme: 'HTTPS', httpHeaders: [{ name: 'X-Probe', value: 'k8s' }] } : {}) } },
    { tcpSocket: { port: rng.pick([5432, 8080]) } },
    { grpc: { port: 9090, ...(rng.chance(0.5) ? { service: 'health' } : {}) } },
  ];
  const p: Json = { ...rng.pick(handlers) };
  if (rng.chance(0.5)) p.initialDelaySeconds = rng.int(0, 30);
  if (rng.chance(0.5)) p.periodSeconds = rng.int(1, 60);
  if (rng.chance(0.3)) p.timeoutSeconds = rng.int(1, 10);
  if (rng.chance(0.3)) p.failureThreshold = rng.int(1, 10);
  return p;
}

function containerSecurityContext(rng: Rng): Json {
  const s: Json = {};
  if (rng.chance(0.5)) s.runAsNonRoot = true;
  if (rng.chance(0.5)) s.runAsUser = rng.pick([0, 1000, 65534, 2147483647]);
  if (rng.chance(0.3)) s.runAsGroup = rng.pick([0, 1000, 3000]);
  if (rng.chance(0.5)) s.allowPrivilegeEscalation = false;
  if (rng.chance(0.4)) s.readOnlyRootFilesystem = true;
  if (rng.chance(0.4)) s.capabilities = { drop: ['ALL'], ...(rng.chance(0.3) ? { add: ['NET_BIND_SERVICE'] } : {}) };
  if (rng.chance(0.3)) s.seccompProfile = rng.chance(0.8) ? { type: 'RuntimeDefault' } : { type: 'Localhost', localhostProfile: 'profiles/audit.json' };
  if (rng.chance(0.1)) s.seLinuxOptions = { level: 's0:c123,c456', type: 'spc_t' };
  if (s.runAsNonRoot && s.runAsUser === 0) s.runAsUser = 1000;
  return s;
}

/** Optional valid features, each with its probability. */
const OPTIONAL: ReadonlyArray<readonly [number, (d: Draft) => void]> = [
  [0.3, (d) => (obj(d.manifest, 'metadata').labels = labels(d.rng))],
  [0.2, (d) => (obj(d.manifest, 'metadata').annotations = { 'example.com/owner': d.rng.label(), description: 'nightly run: see docs' })],
  [0.2, (d) => (obj(d.manifest, 'metadata').namespace = d.rng.pick(['default', 'batch', 'team-a']))],
  [0.3, (d) => (obj(d.template, 'metadata').labels = labels(d.rng))],
  [0.15, (d) => (obj(d.template, 'metadata').annotations = { 'prometheus.io/scrape': 'true', 'example.com/run': d.rng.label() })],
  [0.3, (d) => (d.jobSpec.backoffLimit = d.rng.pick([0, 1, 3, 6, 2147483647]))],
  [0.2, (d) => (d.jobSpec.activeDeadlineSeconds = d.rng.pick([1, 60, 600, 86400]))],
  [0.2, (d) => (d.jobSpec.ttlSecondsAfterFinished = d.rng.pick([0, 100, 3600]))],
  [0.1, (d) => (d.jobSpec.suspend = d.rng.chance(0.5))],
  [0.25, parallelism],
  [0.12, podFailurePolicy],
  [0.3, mountedVolumes],
  [0.2, initContainer],
  [0.12, (d) => (d.podSpec.serviceAccountName = d.rng.pick(['builder', 'default', 'sa.batch']))],
  [0.08, (d) => (d.podSpec.automountServiceAccountToken = false)],
  [0.15, (d) => (d.podSpec.nodeSelector = { 'kubernetes.io/os': 'linux', ...(d.rng.chance(0.3) ? { 'node.kubernetes.io/instance-type': 'm5.large' } : {}) })],
  [0.1, (d) => (d.podSpec.tolerations = [{ key: 'dedicated', operator: 'Equal', value: 'batch', effect: 'NoSchedule' }, { operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }])],
  [0.08, affinity],
  [0.06, topologySpread],
  [0.1, podSecurityContext],
  [0.06, (d) => (d.podSpec.dnsPolicy = d.rng.pick(['ClusterFirst', 'Default', 'ClusterFirstWithHostNet']))],
  [0.04, (d) => Object.assign(d.podSpec, { dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1'], searches: ['svc.cluster.local'], options: [{ name: 'ndots', value: '2' }] } })],
  [0.04, (d) => (d.podSpec.hostAliases = [{ ip: '10.0.0.1', hostnames: ['db.local', 'cache'] }])],
  [0.04, (d) => Object.assign(d.podSpec, { hostname: d.rng.label(), subdomain: d.rng.label() })],
  [0.05, (d) => (d.podSpec.priorityClassName = d.rng.pick(['high-priority', 'system-cluster-critical', 'batch.low']))],
  [0.03, (d) => (d.podSpec.runtimeClassName = 'gvisor')],
  [0.03, (d) => (d.podSpec.schedulerName = 'batch-scheduler')],
  [0.05, (d) => (d.podSpec.terminationGracePeriodSeconds = d.rng.pick([0, 30, 120]))],
  [0.03, (d) => (d.podSpec.activeDeadlineSeconds = d.rng.pick([1, 3600]))],
  [0.05, (d) => (d.podSpec.imagePullSecrets = [{ name: 'regcred' }])],
  [0.03, (d) => (d.podSpec.enableServiceLinks = false)],
  [0.03, (d) => (d.podSpec.shareProcessNamespace = true)],
  [0.02, (d) => (d.podSpec.preemptionPolicy = d.rng.pick(['PreemptLowerPriority', 'Never']))],
  [0.03, (d) => (d.podSpec.os = { name: 'linux' })],
  [0.03, (d) => (d.podSpec.schedulingGates = [{ name: 'example.com/quota' }])],
  [0.02, (d) => (d.podSpec.readinessGates = [{ conditionType: 'example.com/ready' }])],
  [0.02, (d) => (d.podSpec.setHostnameAsFQDN = false)],
  [0.3, (d) => d.cronSpec && cronFields(d)],
];

function labels(rng: Rng): Json {
  const out: Json = {};
  const n = rng.int(1, 3);
  for (let i = 0; i < n; i++) out[rng.pick(GOOD_LABEL_KEYS)] = rng.pick(GOOD_LABEL_VALUES);
  return out;
}

function parallelism(d: Draft): void {
  const { rng, jobSpec } = d;
  if (rng.chance(0.4)) {
    jobSpec.completionMode = 'Indexed';
    jobSpec.completions = rng.pick([1, 5, 10, 100]);
    jobSpec.parallelism = rng.pick([1, 3, 10]);
  } else {
    if (rng.chance(0.7)) jobSpec.completions = rng.pick([1, 5, 12]);
    jobSpec.parallelism = rng.pick([0, 1, 2, 5]);
    if (rng.chance(0.2)) jobSpec.completionMode = 'NonIndexed';
  }
}

function podFailurePolicy(d: Draft): void {
  d.podSpec.restartPolicy = 'Never';
  const rules: Json[] = [{ action: 'FailJob', onExitCodes: { containerName: 'main', operator: 'In', values: [42] } }];
  if (d.rng.chance(0.5)) rules.push({ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] });
  if (d.rng.chance(0.3)) rules.push({ action: 'Count', onExitCodes: { operator: 'NotIn', values: [0, 1, 2] } });
  d.jobSpec.podFailurePolicy = { rules };
}

/** Volumes of several sources, each mounted by the first container. */
function mountedVolumes(d: Draft): void {
  const { rng } = d;
  const n = rng.int(1, 3);
  const mounts = list(containers(d)[0] as Json, 'volumeMounts');
  for (let i = 0; i < n; i++) {
    const name = addVolume(d, rng.pick(VALID_SOURCES)(rng));
    const m: Json = { name, mountPath: `/mnt/${name}` };
    if (rng.chance(0.3)) m.readOnly = true;
    if (rng.chance(0.15)) m.subPath = 'data';
    if (rng.chance(0.05)) m.mountPropagation = rng.pick(['None', 'HostToContainer']);
    mounts.push(m);
  }
}

/** Valid volume sources, every kind served by 1.28 that validation accepts without admission. */
export const VALID_SOURCES: ReadonlyArray<(rng: Rng) => Json> = [
  (r) => ({ emptyDir: r.chance(0.5) ? {} : { medium: r.pick(['', 'Memory']), sizeLimit: r.pick(['1Gi', '500Mi']) } }),
  (r) => ({ configMap: { name: r.label(), ...(r.chance(0.3) ? { items: [{ key: 'a.conf', path: 'a.conf' }], defaultMode: 0o644 } : {}) } }),
  (r) => ({ secret: { secretName: r.label(), ...(r.chance(0.3) ? { defaultMode: 0o400, optional: true } : {}) } }),
  (r) => ({ persistentVolumeClaim: { claimName: r.label(), readOnly: r.chance(0.3) } }),
  () => ({ hostPath: { path: '/var/log', type: 'Directory' } }),
  () => ({ downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } }),
  (r) => ({
    projected: {
      sources: [
        { serviceAccountToken: { path: 'token', expirationSeconds: 3600, audience: 'vault' } },
        { configMap: { name: r.label(), items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { secret: { name: r.label() } },
        { downwardAPI: { items: [{ path: 'name', fieldRef: { fieldPath: 'metadata.name' } }] } },
      ],
    },
  }),
  () => ({ ephemeral: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } } }),
  () => ({ nfs: { server: 'nfs.example.com', path: '/exports/data' } }),
  () => ({ csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true, volumeAttributes: { secretProviderClass: 'vault' } } }),
  () => ({ iscsi: { targetPortal: '10.0.0.2:3260', iqn: 'iqn.2001-04.com.example:storage', lun: 0 } }),
  () => ({ fc: { targetWWNs: ['500a0982991b8dc5'], lun: 0 } }),
  () => ({ cephfs: { monitors: ['10.0.0.3:6789'] } }),
  () => ({ rbd: { monitors: ['10.0.0.4:6789'], image: 'foo' } }),
  () => ({ azureFile: { secretName: 'azure', shareName: 'share' } }),
  () => ({ azureDisk: { diskName: 'disk', diskURI: 'https://example.blob.core.windows.net/vhds/disk.vhd' } }),
  () => ({ awsElasticBlockStore: { volumeID: 'vol-0123' } }),
  () => ({ gcePersistentDisk: { pdName: 'disk-1' } }),
  () => ({ cinder: { volumeID: 'c1' } }),
  () => ({ flexVolume: { driver: 'example/flex' } }),
  () => ({ glusterfs: { endpoints: 'gfs', path: 'vol' } }),
  () => ({ vsphereVolume: { volumePath: '[ds] vol.vmdk' } }),
  () => ({ portworxVolume: { volumeID: 'pw1' } }),
  () => ({ quobyte: { registry: 'q:7861', volume: 'v' } }),
  () => ({ scaleIO: { gateway: 'https://gw', system: 's', volumeName: 'v', secretRef: { name: 'sio' } } }),
  () => ({ storageos: { volumeName: 'v' } }),
  () => ({ photonPersistentDisk: { pdID: 'p1' } }),
  () => ({ flocker: { datasetName: 'ds' } }),
];

function initContainer(d: Draft): void {
  list(d.podSpec, 'initContainers').push({ name: 'init', image: d.rng.pick(GOOD_IMAGES), command: ['sh', '-c', 'until nslookup db; do sleep 1; done'] });
}

function affinity(d: Draft): void {
  d.podSpec.affinity = {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64', 'arm64'] }] }] },
      preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 50, preference: { matchExpressions: [{ key: 'disktype', operator: 'Exists' }] } }],
    },
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'batch' } } } }],
    },
  };
}

function topologySpread(d: Draft): void {
  d.podSpec.topologySpreadConstraints = [
    { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: d.rng.pick(['DoNotSchedule', 'ScheduleAnyway']), labelSelector: { matchLabels: { app: 'batch' } } },
  ];
}

function podSecurityContext(d: Draft): void {
  const s: Json = { runAsNonRoot: true, runAsUser: 1000, fsGroup: 2000 };
  if (d.rng.chance(0.3)) s.supplementalGroups = [3000, 4000];
  if (d.rng.chance(0.3)) s.fsGroupChangePolicy = d.rng.pick(['OnRootMismatch', 'Always']);
  if (d.rng.chance(0.3)) s.seccompProfile = { type: 'RuntimeDefault' };
  if (d.rng.chance(0.2)) s.sysctls = [{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }];
  d.podSpec.securityContext = s;
}

function cronFields(d: Draft): void {
  const c = d.cronSpec as Json;
  const { rng } = d;
  if (rng.chance(0.4)) c.concurrencyPolicy = rng.pick(['Allow', 'Forbid', 'Replace']);
  if (rng.chance(0.3)) c.timeZone = rng.pick(['Etc/UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata']);
  if (rng.chance(0.3)) c.startingDeadlineSeconds = rng.pick([10, 200, 0]);
  if (rng.chance(0.3)) c.successfulJobsHistoryLimit = rng.pick([0, 1, 3]);
  if (rng.chance(0.3)) c.failedJobsHistoryLimit = rng.pick([0, 1, 5]);
  if (rng.chance(0.2)) c.suspend = rng.chance(0.5);
  if (rng.chance(0.2)) obj(obj(c, 'jobTemplate'), 'metadata').labels = { app: 'cron' };
}
