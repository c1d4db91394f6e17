import { containerRestartRules } from '../../../lib/rules/container/container-restart-rules';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';
const I = 'spec.template.spec.initContainers[0]';
const rule = (action: string, operator = 'In') => ({ action, exitCodes: { operator, values: [42] } });

ruleCases(containerRestartRules, {
  valid: [
    { name: 'a Restart rule on a container with restartPolicy', container: { restartPolicy: 'Never', restartPolicyRules: [rule('Restart')] }, versions: ['1.35', '1.36'] },
    { name: 'RestartAllContainers from 1.36', container: { restartPolicy: 'Never', restartPolicyRules: [rule('RestartAllContainers', 'NotIn')] }, versions: ['1.36'] },
    { name: 'rules on a sidecar from 1.36', podSpec: { initContainers: [{ name: 's', image: 'b', restartPolicy: 'Always', restartPolicyRules: [rule('Restart')] }] }, versions: ['1.36'] },
    { name: 'anything on 1.34 (dropped)', container: { restartPolicyRules: [rule('Ignore')] }, versions: ['1.34'] },
  ],
  invalid: [
    { name: 'the action is Ignore', container: { restartPolicy: 'Never', restartPolicyRules: [rule('Ignore')] }, versions: ['1.35', '1.36'], errors: [`${C}.restartPolicyRules[0].action`] },
    { name: 'RestartAllContainers on 1.35', container: { restartPolicy: 'Never', restartPolicyRules: [rule('RestartAllContainers')] }, versions: ['1.35'], errors: [`${C}.restartPolicyRules[0].action`] },
    { name: 'the operator is unknown', container: { restartPolicy: 'Never', restartPolicyRules: [rule('Restart', 'Equals')] }, versions: ['1.36'], errors: [`${C}.restartPolicyRules[0].exitCodes.operator`] },
    { name: 'exitCodes is missing', container: { restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart' }] }, versions: ['1.36'], errors: [`${C}.restartPolicyRules[0].exitCodes`] },
    { name: 'the container has no restartPolicy', container: { restartPolicyRules: [rule('Restart')] }, versions: ['1.36'], errors: [`${C}.restartPolicy`] },
    { name: 'more than 20 rules', container: { restartPolicy: 'Never', restartPolicyRules: Array.from({ length: 21 }, () => rule('Restart')) }, versions: ['1.36'], errors: [`${C}.restartPolicyRules`] },
    { name: 'more than 255 exit codes', container: { restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: Array.from({ length: 256 }, (_, i) => i) } }] }, versions: ['1.36'], errors: [`${C}.restartPolicyRules[0].exitCodes.values`] },
    { name: 'a sidecar carries rules on 1.35', podSpec: { initContainers: [{ name: 's', image: 'b', restartPolicy: 'Always', restartPolicyRules: [rule('Restart')] }] }, versions: ['1.35'], errors: [`${I}.restartPolicyRules`] },
    { name: 'an init container has rules but no restartPolicy', podSpec: { initContainers: [{ name: 'i', image: 'b', restartPolicyRules: [rule('Ignore')] }] }, versions: ['1.36'], errors: [`${I}.restartPolicy`] },
  ],
});
