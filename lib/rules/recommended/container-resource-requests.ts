import { asObject } from '../../manifest/access';
import { required } from '../findings';
import { defineRule } from '../rule';
import { templateContainers } from '../support/containers';
import { isSet } from '../support/values';

/**
 * Without requests the scheduler places the pod as if it needed nothing, and it is the first to be
 * evicted under memory pressure (BestEffort). A limit alone is enough: the API server copies it
 * into the request.
 */
export const containerResourceRequests = defineRule({
  id: 'container-resource-requests',
  severity: 'warning',
  summary: 'a container should request cpu and memory so that the scheduler can place its pod and it is not evicted first',
  docs: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits',
  appliesTo: ['Job', 'CronJob'],
  refs: [],
  hint: 'set resources.requests.cpu and resources.requests.memory on the container (e.g. cpu: 100m, memory: 128Mi)',
  constructHint: 'set resources: { cpu: { request: Cpu.millis(100) }, memory: { request: Size.mebibytes(128) } } on the container',
  check(view) {
    const findings = [];
    const containers = templateContainers(view, 'containers');
    for (let i = 0; i < containers.length; i++) {
      const c = containers[i];
      const resources = asObject(c.container.resources);
      const requests = asObject(resources?.requests);
      const limits = asObject(resources?.limits);
      const noCpu = !isSet(requests?.cpu) && !isSet(limits?.cpu);
      const noMemory = !isSet(requests?.memory) && !isSet(limits?.memory);
      if (!noCpu && !noMemory) continue;
      const missing = noCpu && noMemory ? 'cpu or memory' : noCpu ? 'cpu' : 'memory';
      findings.push(required(c.at('resources') + '.requests', `no ${missing} request: the scheduler places the pod as if it needed none`));
    }
    return findings;
  },
});
