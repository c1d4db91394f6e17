import { containerProbes } from '../../../lib/rules/container/container-probes';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';

ruleCases(containerProbes, {
  valid: [
    { name: 'probes with one handler each', container: { livenessProbe: { httpGet: { path: '/', port: 8080 } }, readinessProbe: { tcpSocket: { port: 'http' } }, lifecycle: { preStop: { sleep: { seconds: 5 } } } } },
    { name: 'a sidecar with a startup probe', podSpec: { initContainers: [{ name: 'p', image: 'e', restartPolicy: 'Always', startupProbe: { exec: { command: ['true'] } } }] }, versions: ['1.29', '1.36'] },
  ],
  invalid: [
    { name: 'a probe has no handler', container: { livenessProbe: { initialDelaySeconds: 5 } }, errors: [`${C}.livenessProbe`] },
    { name: 'a probe has two handlers', container: { readinessProbe: { exec: { command: ['true'] }, tcpSocket: { port: 80 } } }, errors: [`${C}.readinessProbe.tcpSocket`] },
    { name: 'a liveness probe needs two successes', container: { livenessProbe: { exec: { command: ['true'] }, successThreshold: 2 } }, errors: [`${C}.livenessProbe.successThreshold`] },
    { name: 'a timing is negative', container: { readinessProbe: { exec: { command: ['true'] }, periodSeconds: -1 } }, errors: [`${C}.readinessProbe.periodSeconds`] },
    { name: 'an httpGet port is out of range', container: { livenessProbe: { httpGet: { port: 70000 } } }, errors: [`${C}.livenessProbe.httpGet.port`] },
    { name: 'a hook has no handler', container: { lifecycle: { postStart: {} } }, errors: [`${C}.lifecycle.postStart`] },
  ],
});
