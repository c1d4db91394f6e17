import type { Rule } from '../rule';
import { containerImageRequired } from './container-image-required';
import { containerName } from './container-name';
import { containerRestartPolicy } from './container-restart-policy';
import { podContainersRequired } from './pod-containers-required';
import { podResources } from './pod-resources';
import { podTemplateLabels } from './pod-template-labels';

/** The pod rules, in the order they run. Keep in step with the files in this folder. */
export const POD_RULES: readonly Rule[] = [
  podTemplateLabels,
  podContainersRequired,
  containerName,
  containerImageRequired,
  containerRestartPolicy,
  podResources,
];
