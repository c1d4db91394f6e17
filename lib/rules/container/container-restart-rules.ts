import type { JobView } from '../../manifest/job-view';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { forbidden, required, tooMany, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers, isSidecar, type TemplateContainer } from '../support/containers';
import { DOCS } from '../support/docs';
import { gateOn } from '../support/gates';
import { RESTART_ALWAYS } from '../support/restart-policy';
import { goString, isSet, lengthOf, objectsOf } from '../support/values';

/** RestartAllContainersOnContainerExits: alpha (off) in 1.35, on from 1.36. */
const RESTART_ALL_ON: KubernetesVersion = '1.36';
const OPERATORS: readonly string[] = ['In', 'NotIn'];
const MAX_RULES = 20;
const MAX_EXIT_CODES = 255;
const NEEDS_POLICY = 'must specify restartPolicy when restart rules are used';

/** core validateContainerRestartPolicy, the restartPolicyRules part (the policy value itself is container-restart-policy's). */
function checkRules(c: TemplateContainer, view: JobView, out: Finding[]): void {
  const rules = c.container.restartPolicyRules;
  if (lengthOf(rules) > MAX_RULES) out.push(tooMany(c.at('restartPolicyRules'), lengthOf(rules), MAX_RULES));
  const actions = isAtLeast(view.version, RESTART_ALL_ON) ? ['Restart', 'RestartAllContainers'] : ['Restart'];
  for (const { item, index } of objectsOf(rules)) {
    const action = goString(item.action);
    if (action !== undefined && !actions.includes(action)) out.push(unsupported(c.path('restartPolicyRules', index, 'action'), action, actions));
    if (!isSet(item.exitCodes)) {
      out.push(required(c.path('restartPolicyRules', index, 'exitCodes'), 'must be specified'));
      continue;
    }
    const exitCodes = item.exitCodes as Record<string, unknown>;
    const operator = goString(exitCodes.operator);
    if (operator !== undefined && !OPERATORS.includes(operator)) out.push(unsupported(c.path('restartPolicyRules', index, 'exitCodes', 'operator'), operator, OPERATORS));
    if (lengthOf(exitCodes.values) > MAX_EXIT_CODES) out.push(tooMany(c.path('restartPolicyRules', index, 'exitCodes', 'values'), lengthOf(exitCodes.values), MAX_EXIT_CODES));
  }
}

/**
 * core validateContainerRestartPolicy and validateInitContainerRestartPolicy (1.35+, ContainerRestartRules on): rules need
 * a container restartPolicy; at most 20 rules, each with action Restart (RestartAllContainers
 * too from 1.36) and exitCodes with operator In or NotIn and at most 255 values; on 1.35 a sidecar
 * (restartPolicy Always) may not carry rules. On 1.34 the gate is off and the rules are dropped.
 */
export const containerRestartRules = defineRule({
  id: 'container-restart-rules',
  severity: 'error',
  summary: 'restartPolicyRules need a container restartPolicy, a known action and exitCodes',
  docs: DOCS.containerRestartRules,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.restartPolicyRules'],
  refs: ['core.validateContainerRestartPolicy', 'core.validateInitContainerRestartPolicy'],
  hint: 'give each restartPolicyRules entry action: Restart and exitCodes with operator In or NotIn, and set the container restartPolicy',
  check(view) {
    const out: Finding[] = [];
    // Not in the schema before 1.34 (strict decoding refuses it), dropped on 1.34 (ContainerRestartRules off).
    if (!gateOn(view, 'restartPolicyRules')) return out;
    for (const c of allTemplateContainers(view)) {
      if (lengthOf(c.container.restartPolicyRules) === 0) continue;
      if (!isSet(c.container.restartPolicy)) {
        out.push(required(c.at('restartPolicy'), NEEDS_POLICY));
        if (c.list === 'initContainers') continue;
      } else if (isSidecar(c) && !isAtLeast(view.version, RESTART_ALL_ON)) {
        out.push(forbidden(c.at('restartPolicyRules'), `restartPolicyRules are not allowed for init containers with restart policy ${RESTART_ALWAYS}`));
        continue;
      }
      checkRules(c, view, out);
    }
    return out;
  },
});
