import { isAtLeast } from '../../versions';
import { duplicate, invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers, isSidecar } from '../support/containers';
import { DOCS } from '../support/docs';
import { goString, objectsOf } from '../support/values';

const RESOURCES: readonly string[] = ['cpu', 'memory'];
const POLICIES: readonly string[] = ['NotRequired', 'RestartContainer'];
/** InPlacePodVerticalScaling: beta (on) from 1.33; before, resizePolicy is dropped on create. */
const RESIZE_SINCE = '1.33';
/** validateInitContainers refuses RestartContainer on a plain init container from 1.36 on. */
const PLAIN_INIT_RESTART_REFUSED_SINCE = '1.36';

/**
 * core validateResizePolicy and validateInitContainers: each resizePolicy entry names cpu or
 * memory once with NotRequired or RestartContainer; under a pod restartPolicy Never only
 * NotRequired; from 1.36 an init container that is not a sidecar may not use RestartContainer. Errors on the
 * list itself are reported where the server reports them: at `resizePolicy`.
 */
export const containerResizePolicy = defineRule({
  id: 'container-resize-policy',
  severity: 'error',
  summary: 'resizePolicy names cpu or memory once, with a policy the pod allows',
  docs: DOCS.resize,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.resizePolicy'],
  refs: ['core.validateResizePolicy'],
  hint: 'use resizePolicy entries with resourceName cpu or memory and restartPolicy NotRequired (Jobs with restartPolicy Never allow only NotRequired)',
  check(view) {
    const out: Finding[] = [];
    if (!isAtLeast(view.version, RESIZE_SINCE)) return out;
    const podNever = view.podSpec.restartPolicy === 'Never';
    for (const c of allTemplateContainers(view)) {
      if (!c.container.resizePolicy) continue;
      const list = c.path('resizePolicy');
      const seen = new Set<string>();
      for (const { item, index } of objectsOf(c.container.resizePolicy)) {
        const resource = goString(item.resourceName);
        const policy = goString(item.restartPolicy);
        if (resource === undefined || policy === undefined) continue;
        if (seen.has(resource)) out.push(duplicate(c.path('resizePolicy', index), resource));
        seen.add(resource);
        if (resource === '') out.push(required(list));
        else if (!RESOURCES.includes(resource)) out.push(unsupported(list, resource, RESOURCES));
        if (policy === '') out.push(required(list));
        else if (!POLICIES.includes(policy)) out.push(unsupported(list, policy, POLICIES));
        if (podNever && policy !== 'NotRequired') out.push(invalid(list, policy, "must be 'NotRequired' when pod `restartPolicy` is 'Never'"));
        if (c.list === 'initContainers' && !isSidecar(c) && policy === 'RestartContainer' && isAtLeast(view.version, PLAIN_INIT_RESTART_REFUSED_SINCE)) {
          out.push(invalid(c.path('resizePolicy', index, 'restartPolicy'), policy, "must not be set to 'RestartContainer' for non-sidecar initContainers"));
        }
      }
    }
    return out;
  },
});
