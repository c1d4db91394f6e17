const JOB = 'https://kubernetes.io/docs/concepts/workloads/controllers/job/';
const NAMES = 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/';

/** kubernetes.io pages the rules link to (one place, so anchors are fixed once). */
export const DOCS = {
  names: `${NAMES}#dns-subdomain-names`,
  dnsLabelNames: `${NAMES}#dns-label-names`,
  labels: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
  annotations: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set',
  jobSpec: `${JOB}#writing-a-job-spec`,
  podTemplate: `${JOB}#pod-template`,
  podSelector: `${JOB}#pod-selector`,
  ownSelector: `${JOB}#specifying-your-own-pod-selector`,
  parallelJobs: `${JOB}#parallel-jobs`,
  completionMode: `${JOB}#completion-mode`,
  backoffPerIndex: `${JOB}#backoff-limit-per-index`,
  podFailurePolicy: `${JOB}#pod-failure-policy`,
  successPolicy: `${JOB}#success-policy`,
  podReplacement: `${JOB}#delayed-creation-of-replacement-pods`,
  managedBy: `${JOB}#delegation-of-managing-a-job-object-to-external-controller`,
  containers: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates',
  sidecars: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/#sidecar-containers-and-pod-lifecycle',
  featureGates: 'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/#overview',
} as const;
