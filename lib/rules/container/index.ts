import type { Rule } from '../rule';
import { containerEnv } from './container-env';
import { containerEnvFrom } from './container-env-from';
import { containerEnvKeyRefs } from './container-env-key-refs';
import { containerEnvResourceField } from './container-env-resource-field';
import { containerImagePullPolicy } from './container-image-pull-policy';
import { containerPorts } from './container-ports';
import { containerProbes } from './container-probes';
import { containerResizePolicy } from './container-resize-policy';
import { containerResources } from './container-resources';
import { containerRestartRules } from './container-restart-rules';
import { containerSecurityContext } from './container-security-context';
import { containerTerminationMessage } from './container-termination-message';
import { containerVolumeMounts } from './container-volume-mounts';
import { ephemeralContainersForbidden } from './ephemeral-containers-forbidden';
import { initContainerFields } from './init-container-fields';

/** The container rules (containers, init containers, sidecars), in the order they run. */
export const CONTAINER_RULES: readonly Rule[] = [
  containerImagePullPolicy,
  containerTerminationMessage,
  containerPorts,
  containerEnv,
  containerEnvKeyRefs,
  containerEnvResourceField,
  containerEnvFrom,
  containerResources,
  containerResizePolicy,
  containerRestartRules,
  containerVolumeMounts,
  containerProbes,
  initContainerFields,
  containerSecurityContext,
  ephemeralContainersForbidden,
];
