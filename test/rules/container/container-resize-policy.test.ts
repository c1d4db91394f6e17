import { containerResizePolicy } from '../../../lib/rules/container/container-resize-policy';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';

ruleCases(containerResizePolicy, {
  valid: [
    { name: 'cpu and memory NotRequired', container: { resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }, { resourceName: 'memory', restartPolicy: 'NotRequired' }] }, versions: ['1.33', '1.36'] },
    { name: 'RestartContainer under OnFailure', podSpec: { restartPolicy: 'OnFailure' }, container: { resizePolicy: [{ resourceName: 'memory', restartPolicy: 'RestartContainer' }] }, versions: ['1.36'] },
    {
      name: 'a plain init container restarts on resize before 1.36',
      podSpec: { restartPolicy: 'OnFailure', initContainers: [{ name: 'i', image: 'b', resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'RestartContainer' }] }] },
      versions: ['1.33', '1.35'],
    },
    { name: 'anything before 1.33 (dropped)', container: { resizePolicy: [{ resourceName: 'gpu', restartPolicy: 'Never' }] }, versions: ['1.28', '1.32'] },
  ],
  invalid: [
    { name: 'the resource is gpu', container: { resizePolicy: [{ resourceName: 'gpu', restartPolicy: 'NotRequired' }] }, versions: ['1.36'], errors: [`${C}.resizePolicy`] },
    { name: 'RestartContainer under Never', kinds: ['Job'], container: { resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'RestartContainer' }] }, versions: ['1.36'], errors: [`${C}.resizePolicy`] },
    { name: 'cpu twice', container: { resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }, { resourceName: 'cpu', restartPolicy: 'NotRequired' }] }, versions: ['1.36'], errors: [`${C}.resizePolicy[1]`] },
    {
      name: 'a plain init container restarts on resize',
      podSpec: { restartPolicy: 'OnFailure', initContainers: [{ name: 'i', image: 'b', resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'RestartContainer' }] }] },
      versions: ['1.36'],
      errors: ['spec.template.spec.initContainers[0].resizePolicy[0].restartPolicy'],
    },
  ],
});
