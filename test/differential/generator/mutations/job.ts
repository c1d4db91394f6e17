/** Mutations of the object metadata, the JobSpec, the CronJobSpec and the decoding layer. */
import { family, obj, someContainer, type Draft, type Json } from '../draft';
import { BAD_DNS_SUBDOMAINS, BAD_LABEL_KEYS, BAD_LABEL_VALUES } from '../values';

const meta = (d: Draft): Json => obj(d.manifest, 'metadata');

export const OBJECT_METADATA = family('object-metadata', {
  'name-missing': (d) => delete meta(d).name,
  'name-bad': (d) => (meta(d).name = d.rng.pick(BAD_DNS_SUBDOMAINS)),
  'name-63': (d) => (meta(d).name = 'a'.repeat(63)),
  'name-64': (d) => (meta(d).name = 'a'.repeat(64)),
  'name-52': (d) => (meta(d).name = 'c'.repeat(52)),
  'name-53': (d) => (meta(d).name = 'c'.repeat(53)),
  'name-dotted': (d) => (meta(d).name = 'db.migrate.v2'),
  'generate-name': (d) => {
    delete meta(d).name;
    meta(d).generateName = d.rng.pick(['migrate-', 'migrate', 'Bad-', 'x'.repeat(60) + '-']);
  },
  'namespace-bad': (d) => (meta(d).namespace = d.rng.pick(['Team-A', 'a.b', 'x'.repeat(64), 'team_a'])),
  'label-key-bad': (d) => (meta(d).labels = { [d.rng.pick(BAD_LABEL_KEYS)]: 'x' }),
  'label-value-bad': (d) => (meta(d).labels = { app: d.rng.pick(BAD_LABEL_VALUES) }),
  'annotation-key-bad': (d) => (meta(d).annotations = { [d.rng.pick(BAD_LABEL_KEYS)]: 'x' }),
  // Rarely the real 256 KiB limit (these documents are large), mostly many keys well under it.
  'annotations-large': (d) => (meta(d).annotations = d.rng.chance(0.1) ? { big: 'x'.repeat(d.rng.pick([262144, 262100, 300000])) } : Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`example.com/k${i}`, 'v'.repeat(200)]))),
  'finalizer': (d) => (meta(d).finalizers = [d.rng.pick(['example.com/cleanup', 'cleanup', 'kubernetes', 'Bad/Fin'])]),
  'owner-reference': (d) =>
    (meta(d).ownerReferences = [{ apiVersion: 'v1', kind: 'ConfigMap', name: d.rng.pick(['owner', '']), uid: d.rng.pick(['d9607e19-f88f-11e6-a518-42010a800195', '']), ...(d.rng.chance(0.5) ? { controller: true } : {}) }]),
  'system-fields': (d) => Object.assign(meta(d), { uid: 'abc', resourceVersion: '12', creationTimestamp: '2024-01-01T00:00:00Z', generation: 3 }),
  'namespace-in-cluster-scope': (d) => (meta(d).namespace = ''),
});

export const JOB_SPEC = family('job-spec', {
  'negative-field': (d) => (d.jobSpec[d.rng.pick(['parallelism', 'completions', 'backoffLimit', 'activeDeadlineSeconds', 'ttlSecondsAfterFinished'])] = -1),
  'zero-active-deadline': (d) => (d.jobSpec.activeDeadlineSeconds = 0),
  'int32-overflow': (d) => (d.jobSpec[d.rng.pick(['parallelism', 'completions', 'backoffLimit'])] = 2147483648),
  'int64-deadline': (d) => (d.jobSpec.activeDeadlineSeconds = d.rng.pick([9007199254740991, 2147483648])),
  'restart-policy-always': (d) => (d.podSpec.restartPolicy = 'Always'),
  'restart-policy-missing': (d) => delete d.podSpec.restartPolicy,
  'restart-policy-bad': (d) => (d.podSpec.restartPolicy = d.rng.pick(['never', 'Once', ''])),
  'completion-mode-bad': (d) => (d.jobSpec.completionMode = d.rng.pick(['indexed', 'Ordered', ''])),
  'indexed-without-completions': (d) => {
    d.jobSpec.completionMode = 'Indexed';
    delete d.jobSpec.completions;
  },
  'indexed-huge': (d) => Object.assign(d.jobSpec, { completionMode: 'Indexed', completions: d.rng.pick([100000, 100001, 1000000]), parallelism: d.rng.pick([1, 100001]) }),
  'selector-without-manual': (d) => (d.jobSpec.selector = { matchLabels: { app: 'x' } }),
  'manual-selector': (d) => {
    d.jobSpec.manualSelector = true;
    d.jobSpec.selector = { matchLabels: { app: 'adopt' } };
    if (d.rng.chance(0.6)) obj(d.template, 'metadata').labels = { app: d.rng.pick(['adopt', 'other']) };
  },
  'manual-selector-without-selector': (d) => (d.jobSpec.manualSelector = true),
  'selector-expression-bad': (d) => {
    d.jobSpec.manualSelector = true;
    d.jobSpec.selector = { matchExpressions: [{ key: 'app', operator: d.rng.pick(['In', 'Equals', 'Exists']), values: d.rng.pick([[], ['a'], ['a', 'b']]) }] };
    obj(d.template, 'metadata').labels = { app: 'a' };
  },
  'template-labels-conflict-controller-uid': (d) => (obj(d.template, 'metadata').labels = { 'controller-uid': 'x', 'batch.kubernetes.io/job-name': d.rng.pick(['other', 'x']) }),
  'pod-failure-policy-with-on-failure': (d) => {
    d.podSpec.restartPolicy = 'OnFailure';
    d.jobSpec.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] };
  },
  'pod-failure-policy-exit-codes-bad': (d) => {
    d.podSpec.restartPolicy = 'Never';
    d.jobSpec.podFailurePolicy = {
      rules: [{ action: 'FailJob', onExitCodes: { operator: d.rng.pick(['In', 'NotIn', 'Equals']), values: d.rng.pick([[0], [3, 1], [1, 1], [], [256], [-1], Array.from({ length: 256 }, (_, i) => i + 1)]) } }],
    };
  },
  'pod-failure-policy-container-unknown': (d) => {
    d.podSpec.restartPolicy = 'Never';
    d.jobSpec.podFailurePolicy = { rules: [{ action: 'FailJob', onExitCodes: { containerName: 'nope', operator: 'In', values: [1] } }] };
  },
  'pod-failure-policy-both-requirements': (d) => {
    d.podSpec.restartPolicy = 'Never';
    d.jobSpec.podFailurePolicy = { rules: [{ action: 'Count', onExitCodes: { operator: 'In', values: [1] }, onPodConditions: [{ type: 'DisruptionTarget' }] }] };
  },
  'pod-failure-policy-action-bad': (d) => {
    d.podSpec.restartPolicy = 'Never';
    d.jobSpec.podFailurePolicy = { rules: [{ action: d.rng.pick(['Fail', 'FailIndex', 'ignore']), onPodConditions: [{ type: 'DisruptionTarget', status: d.rng.pick(['True', 'Maybe']) }] }] };
  },
  'pod-failure-policy-too-many-rules': (d) => {
    d.podSpec.restartPolicy = 'Never';
    d.jobSpec.podFailurePolicy = { rules: Array.from({ length: d.rng.pick([20, 21]) }, () => ({ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] })) };
  },
  'backoff-limit-per-index': (d) => Object.assign(d.jobSpec, { completionMode: d.rng.pick(['Indexed', 'Indexed', 'NonIndexed']), completions: 10, backoffLimitPerIndex: d.rng.pick([0, 1, -1]), ...(d.rng.chance(0.5) ? { maxFailedIndexes: d.rng.pick([0, 5, 11]) } : {}) }),
  'max-failed-indexes-alone': (d) => Object.assign(d.jobSpec, { completionMode: 'Indexed', completions: 10, maxFailedIndexes: 2 }),
  'pod-replacement-policy': (d) => (d.jobSpec.podReplacementPolicy = d.rng.pick(['Failed', 'TerminatingOrFailed', 'Never'])),
  'success-policy': (d) => {
    Object.assign(d.jobSpec, { completionMode: d.rng.pick(['Indexed', 'Indexed', 'NonIndexed']), completions: 10 });
    d.jobSpec.successPolicy = { rules: [d.rng.pick([{ succeededIndexes: '0-2,5' }, { succeededCount: 3 }, { succeededIndexes: '1-3', succeededCount: 4 }, { succeededIndexes: '3-1' }, {}, { succeededCount: 11 }])] };
  },
  'managed-by': (d) => (d.jobSpec.managedBy = d.rng.pick(['kueue.x-k8s.io/multikueue', 'kubernetes.io/job-controller', 'no-slash', 'x'.repeat(64) + '/a'])),
  'template-missing': (d) => delete d.jobSpec.template,
  'containers-missing': (d) => delete d.podSpec.containers,
  'containers-empty': (d) => (d.podSpec.containers = []),
  'indexed-hostname-conflict': (d) => Object.assign(d.jobSpec, { completionMode: 'Indexed', completions: 3 }) && (d.podSpec.hostname = 'x'),
});

export const CRONJOB_SPEC = family('cronjob-spec', {
  'schedule-bad': { kinds: ['CronJob'], apply: (d) => ((d.cronSpec as Json).schedule = d.rng.pick(['0 0 * *', '0 0 2 * * *', '60 * * * *', '* * 32 * *', '@weekdays', '', 'TZ=UTC 0 0 * * *', 'CRON_TZ=Europe/Berlin 0 * * * *', '0 0 30 2 *', '*/0 * * * *', '0 0 * * 7', '0 0 * JAN-DEC SUN'])) },
  'schedule-missing': { kinds: ['CronJob'], apply: (d) => delete (d.cronSpec as Json).schedule },
  'time-zone-bad': { kinds: ['CronJob'], apply: (d) => ((d.cronSpec as Json).timeZone = d.rng.pick(['Mars/Olympus', 'utc', 'UTC', 'Local', '', ' Europe/Berlin', 'EST', 'America/Argentina/Buenos_Aires'])) },
  'concurrency-bad': { kinds: ['CronJob'], apply: (d) => ((d.cronSpec as Json).concurrencyPolicy = d.rng.pick(['allow', 'Never', ''])) },
  'negative-limits': { kinds: ['CronJob'], apply: (d) => ((d.cronSpec as Json)[d.rng.pick(['startingDeadlineSeconds', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'])] = -1) },
  'name-long': { kinds: ['CronJob'], apply: (d) => (obj(d.manifest, 'metadata').name = 'n'.repeat(d.rng.pick([52, 53, 63]))) },
  'job-template-selector': { kinds: ['CronJob'], apply: (d) => Object.assign(d.jobSpec, { manualSelector: d.rng.chance(0.5), selector: { matchLabels: { app: 'x' } } }) },
  'job-template-labels-bad': { kinds: ['CronJob'], apply: (d) => (obj(obj(d.cronSpec as Json, 'jobTemplate'), 'metadata').labels = { [d.rng.pick(BAD_LABEL_KEYS)]: 'x' }) },
  'job-template-annotations': { kinds: ['CronJob'], apply: (d) => (obj(obj(d.cronSpec as Json, 'jobTemplate'), 'metadata').annotations = { 'a/b/c': 'x' }) },
});

/** Strict decoding: unknown fields and wrongly typed values at every level (HTTP 400). */
export const DECODING = family('decoding', {
  'unknown-top-level': (d) => (d.manifest.status2 = {}),
  'unknown-metadata': (d) => (obj(d.manifest, 'metadata').label = { a: 'b' }),
  'unknown-job-spec': (d) => (d.jobSpec[d.rng.pick(['restartPolicy', 'backofflimit', 'replicas', 'ttlSecondsAfterFinish'])] = 1),
  'unknown-pod-spec': (d) => (d.podSpec[d.rng.pick(['container', 'restartpolicy', 'hostnetwork', 'volumemounts'])] = 'x'),
  'unknown-container': (d) => (someContainer(d)[d.rng.pick(['restartpolicy', 'imagepullpolicy', 'env_from', 'volumes', 'cpu', 'resource'])] = 'x'),
  'unknown-deep': (d) => (someContainer(d).resources = { limit: { cpu: '1' } }),
  'unknown-cron-spec': { kinds: ['CronJob'], apply: (d) => ((d.cronSpec as Json)[d.rng.pick(['timezone', 'template', 'restartPolicy'])] = 'x') },
  'int-as-string': (d) => (d.jobSpec[d.rng.pick(['parallelism', 'backoffLimit', 'completions'])] = d.rng.pick(['3', '', 'three'])),
  'float-int': (d) => (d.jobSpec[d.rng.pick(['parallelism', 'backoffLimit'])] = d.rng.pick([1.5, 2.0, 1e3, 1e20])),
  'bool-as-string': (d) => (d.jobSpec.suspend = d.rng.pick(['true', 'yes', 1])),
  'string-as-int': (d) => (someContainer(d).image = d.rng.pick([1, true, ['busybox']])),
  'object-as-list': (d) => (d.podSpec.nodeSelector = [{ disk: 'ssd' }]),
  'list-as-object': (d) => (d.podSpec.containers = { name: 'main', image: 'busybox' }),
  'null-values': (d) => Object.assign(someContainer(d), { command: null, env: null, resources: null }),
  'null-required': (d) => (someContainer(d).image = null),
  'port-as-string': (d) => (someContainer(d).ports = [{ containerPort: d.rng.pick(['8080', 'http']) }]),
  'label-value-number': (d) => (obj(d.manifest, 'metadata').labels = { tier: d.rng.pick([1, true, 1.5]) }),
  'template-label-number': (d) => (obj(d.template, 'metadata').labels = { tier: d.rng.pick([1, false]) }),
  'env-value-number': (d) => (someContainer(d).env = [{ name: 'PORT', value: d.rng.pick([8080, true]) }]),
  'quantity-bool': (d) => (someContainer(d).resources = { limits: { cpu: true } }),
  'api-version-wrong': (d) => (d.manifest.apiVersion = d.rng.pick(['batch/v1beta1', 'batch/v2alpha1', 'v1', 'apps/v1', 'batch/v2'])),
  'two-unknown': (d) => {
    d.podSpec.restartpolicy = 'Never';
    someContainer(d).imagepullpolicy = 'Always';
  },
});
