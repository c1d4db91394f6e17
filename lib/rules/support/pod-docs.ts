const POD = 'https://kubernetes.io/docs/concepts/workloads/pods/';
const SCHED = 'https://kubernetes.io/docs/concepts/scheduling-eviction/';
const SECURITY = 'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/';

/** kubernetes.io pages the pod-level rules link to (kept apart from `docs.ts` so each group owns its anchors). */
export const POD_DOCS = {
  dns: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy',
  dnsConfig: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-dns-config',
  hostname: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-hostname-and-subdomain-field',
  hostAliases: 'https://kubernetes.io/docs/tasks/network/customize-hosts-file-for-pods/#adding-additional-entries-with-hostaliases',
  serviceAccount: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#use-the-default-service-account-to-access-the-api-server',
  priority: `${SCHED}pod-priority-preemption/#pod-priority`,
  preemption: `${SCHED}pod-priority-preemption/#non-preempting-priority-class`,
  runtimeClass: 'https://kubernetes.io/docs/concepts/containers/runtime-class/#usage',
  nodeName: `${SCHED}assign-pod-node/#nodename`,
  activeDeadline: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup',
  terminationGrace: `${POD}pod-lifecycle/#pod-termination`,
  readinessGates: `${POD}pod-lifecycle/#pod-readiness-gate`,
  schedulingGates: `${SCHED}pod-scheduling-readiness/#configuring-pod-schedulinggates`,
  imagePullSecrets: 'https://kubernetes.io/docs/concepts/containers/images/#referring-to-an-imagepullsecrets-on-a-pod',
  nodeSelector: `${SCHED}assign-pod-node/#nodeselector`,
  nodeAffinity: `${SCHED}assign-pod-node/#node-affinity`,
  podAffinity: `${SCHED}assign-pod-node/#inter-pod-affinity-and-anti-affinity`,
  tolerations: `${SCHED}taint-and-toleration/#concepts`,
  topologySpread: `${SCHED}topology-spread-constraints/#topologyspreadconstraints-field`,
  securityContext: `${SECURITY}#set-the-security-context-for-a-pod`,
  fsGroupChangePolicy: `${SECURITY}#configure-volume-permission-and-ownership-change-policy-for-pods`,
  sysctls: 'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/#setting-sysctls-for-a-pod',
  seccomp: `${SECURITY}#set-the-seccomp-profile-for-a-container`,
  appArmor: 'https://kubernetes.io/docs/tutorials/security/apparmor/#securing-a-pod',
  userNamespaces: `${POD}user-namespaces/#introduction`,
  os: `${POD}#pod-os`,
  resourceClaims: 'https://kubernetes.io/docs/concepts/scheduling-eviction/dynamic-resource-allocation/#resourceclaims-and-resourceclaimtemplates',
  windows: 'https://kubernetes.io/docs/concepts/windows/user-guide/#windows-os-version-support',
  overhead: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/#usage-example',
  windowsHostProcess: 'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/#before-you-begin',
} as const;
