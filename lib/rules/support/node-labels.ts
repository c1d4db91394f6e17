import { isAtLeast, type KubernetesVersion } from '../../versions';

const DEPRECATED: Readonly<Record<string, string>> = {
  'beta.kubernetes.io/arch': 'deprecated since v1.14; use "kubernetes.io/arch" instead',
  'beta.kubernetes.io/os': 'deprecated since v1.14; use "kubernetes.io/os" instead',
  'failure-domain.beta.kubernetes.io/region': 'deprecated since v1.17; use "topology.kubernetes.io/region" instead',
  'failure-domain.beta.kubernetes.io/zone': 'deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
  'beta.kubernetes.io/instance-type': 'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead',
};

/** Added to the list in 1.31. */
const DEPRECATED_SINCE_1_31: Readonly<Record<string, string>> = {
  'app.kubernetes.io/created-by': 'deprecated since v1.9',
  'scheduler.alpha.kubernetes.io/preferAvoidPods': 'deprecated since v1.22; use Taints and Tolerations instead',
  'node-role.kubernetes.io/master': 'use "node-role.kubernetes.io/control-plane" instead',
};

/** `nodeapi.GetNodeLabelDeprecatedMessage` (kubernetes `pkg/api/node/util.go`) for the target. */
export function deprecatedNodeLabelMessage(key: string, version: KubernetesVersion): string | undefined {
  if (Object.hasOwn(DEPRECATED, key)) return DEPRECATED[key];
  if (isAtLeast(version, '1.31') && Object.hasOwn(DEPRECATED_SINCE_1_31, key)) return DEPRECATED_SINCE_1_31[key];
  return undefined;
}
