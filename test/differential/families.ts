/**
 * The rule families of the differential corpus, in one place: the generator tags every mutation
 * with one, and a disagreement on an unmutated case (or at a path outside its mutations' families)
 * is attributed by {@link familyOfPath}.
 */
export const FAMILIES = [
  'decoding',
  'object-metadata',
  'job-spec',
  'cronjob-spec',
  'template-metadata',
  'container-basics',
  'container-ports',
  'container-env',
  'container-resources',
  'container-probes',
  'container-volume-mounts',
  'container-security-context',
  'init-and-sidecar-containers',
  'volumes',
  'pod-fields',
  'pod-scheduling',
  'pod-security-context',
] as const;

export type Family = (typeof FAMILIES)[number];

const POD = String.raw`spec\.(?:jobTemplate\.spec\.)?template\.spec`;
const CONTAINER = String.raw`${POD}\.(?:containers|initContainers|ephemeralContainers)\[\d+\]`;

/** First match wins; the container rules come before the pod-wide ones. */
const PATH_FAMILIES: ReadonlyArray<readonly [RegExp, Family]> = [
  [new RegExp(String.raw`^${POD}\.initContainers\[\d+\]\.(?:restartPolicy|lifecycle|livenessProbe|readinessProbe|startupProbe)\b`), 'init-and-sidecar-containers'],
  [new RegExp(String.raw`^${CONTAINER}\.(?:ports)\b`), 'container-ports'],
  [new RegExp(String.raw`^${CONTAINER}\.(?:env|envFrom)\b`), 'container-env'],
  [new RegExp(String.raw`^${CONTAINER}\.(?:resources|resizePolicy)\b`), 'container-resources'],
  [new RegExp(String.raw`^${CONTAINER}\.(?:livenessProbe|readinessProbe|startupProbe|lifecycle)\b`), 'container-probes'],
  [new RegExp(String.raw`^${CONTAINER}\.(?:volumeMounts|volumeDevices)\b`), 'container-volume-mounts'],
  [new RegExp(String.raw`^${CONTAINER}\.securityContext\b`), 'container-security-context'],
  [new RegExp(String.raw`^${POD}\.initContainers\b`), 'init-and-sidecar-containers'],
  [new RegExp(String.raw`^${CONTAINER}`), 'container-basics'],
  [new RegExp(String.raw`^${POD}\.containers\b`), 'container-basics'],
  [new RegExp(String.raw`^${POD}\.volumes\b`), 'volumes'],
  [new RegExp(String.raw`^${POD}\.securityContext\b`), 'pod-security-context'],
  [new RegExp(String.raw`^${POD}\.(?:nodeSelector|affinity|tolerations|topologySpreadConstraints|nodeName)\b`), 'pod-scheduling'],
  [new RegExp(String.raw`^${POD}\b`), 'pod-fields'],
  [/^spec\.(?:jobTemplate\.spec\.)?template\.metadata\b/, 'template-metadata'],
  [/^spec\.(?:jobTemplate\.spec\.)?template\b/, 'pod-fields'],
  [/^spec\.jobTemplate\.metadata\b/, 'template-metadata'],
  [/^spec\.jobTemplate\.spec\b/, 'job-spec'],
  [/^spec\.(?:schedule|timeZone|concurrencyPolicy|startingDeadlineSeconds|suspend|successfulJobsHistoryLimit|failedJobsHistoryLimit|jobTemplate)\b/, 'cronjob-spec'],
  [/^spec\b/, 'job-spec'],
  [/^metadata\b/, 'object-metadata'],
];

/**
 * The family of a field path, for a Job or CronJob. CronJob-only top-level spec fields are
 * `cronjob-spec` only when the document is a CronJob (a Job's `spec.suspend` is `job-spec`).
 */
export function familyOfPath(path: string, kind: 'Job' | 'CronJob' = 'Job'): Family {
  for (const [re, family] of PATH_FAMILIES) {
    if (!re.test(path)) continue;
    if (family === 'cronjob-spec' && kind === 'Job') return 'job-spec';
    return family;
  }
  return 'object-metadata';
}
