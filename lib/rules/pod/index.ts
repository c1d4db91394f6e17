import type { Rule } from '../rule';
import { containerImageRequired } from './container-image-required';
import { containerName } from './container-name';
import { containerRestartPolicy } from './container-restart-policy';
import { podContainersRequired } from './pod-containers-required';
import { podResources } from './pod-resources';
import { podTemplateLabels } from './pod-template-labels';
// Pod-level fields, scheduling and pod securityContext (issue 12 part B).
import { podDns } from './pod-dns';
import { podHostAliases } from './pod-host-aliases';
import { podNames } from './pod-names';
import { podHostname } from './pod-hostname';
import { podDeadlines } from './pod-deadlines';
import { podPriority } from './pod-priority';
import { podReadinessGates } from './pod-readiness-gates';
import { podSchedulingGates } from './pod-scheduling-gates';
import { podImagePullSecrets } from './pod-image-pull-secrets';
import { podResourceClaims } from './pod-resource-claims';
import { podHostNamespaces } from './pod-host-namespaces';
import { podOs } from './pod-os';
import { podOverhead } from './pod-overhead';
import { podNodeSelector } from './pod-node-selector';
import { podNodeAffinity } from './pod-node-affinity';
import { podAffinity } from './pod-affinity';
import { podTolerations } from './pod-tolerations';
import { podTopologySpread } from './pod-topology-spread';
import { podWindowsHostProcess } from './pod-windows-host-process';
import { podSecurityContextRule } from './pod-security-context';
import { podSysctls } from './pod-sysctls';
import { podSeccomp } from './pod-seccomp';
import { podApparmor } from './pod-apparmor';

/** The pod rules, in the order they run. Keep in step with the files in this folder. */
export const POD_RULES: readonly Rule[] = [
  podTemplateLabels,
  podContainersRequired,
  containerName,
  containerImageRequired,
  containerRestartPolicy,
  podDns,
  podHostAliases,
  podNames,
  podHostname,
  podDeadlines,
  podPriority,
  podReadinessGates,
  podSchedulingGates,
  podImagePullSecrets,
  podResourceClaims,
  podHostNamespaces,
  podOs,
  podNodeSelector,
  podNodeAffinity,
  podAffinity,
  podTolerations,
  podTopologySpread,
  podSecurityContextRule,
  podSysctls,
  podSeccomp,
  podApparmor,
  podWindowsHostProcess,
  podOverhead,
  podResources,
];
