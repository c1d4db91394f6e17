import { containerProbes } from '../../../lib/rules/container/container-probes';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';

ruleCases(containerProbes, {
  valid: [
    { name: 'probes with one handler each', container: { livenessProbe: { httpGet: { path: '/', port: 8080, httpHeaders: [{ name: 'X-Token', value: 'v' }] } }, readinessProbe: { tcpSocket: { port: 'http' } }, lifecycle: { preStop: { sleep: { seconds: 5 } } } }, versions: ['1.30', '1.36'] },
    { name: 'a sleep of 0 from 1.33', container: { lifecycle: { preStop: { sleep: { seconds: 0 } } } }, versions: ['1.33', '1.36'] },
    { name: 'a sidecar with a startup probe', podSpec: { initContainers: [{ name: 'p', image: 'e', restartPolicy: 'Always', startupProbe: { exec: { command: ['true'] } } }] }, versions: ['1.29', '1.36'] },
  ],
  invalid: [
    { name: 'a probe has no handler', container: { livenessProbe: { initialDelaySeconds: 5 } }, errors: [`${C}.livenessProbe`] },
    { name: 'a probe has two handlers', container: { readinessProbe: { exec: { command: ['true'] }, tcpSocket: { port: 80 } } }, errors: [`${C}.readinessProbe.tcpSocket`] },
    { name: 'a liveness probe needs two successes', container: { livenessProbe: { exec: { command: ['true'] }, successThreshold: 2 } }, errors: [`${C}.livenessProbe.successThreshold`] },
    { name: 'a timing is negative', container: { readinessProbe: { exec: { command: ['true'] }, periodSeconds: -1 } }, errors: [`${C}.readinessProbe.periodSeconds`] },
    { name: 'an httpGet port is out of range', container: { livenessProbe: { httpGet: { port: 70000 } } }, errors: [`${C}.livenessProbe.httpGet.port`] },
    { name: 'a hook has no handler', container: { lifecycle: { postStart: {} } }, errors: [`${C}.lifecycle.postStart`] },
    { name: 'an HTTP header name has a space', container: { readinessProbe: { httpGet: { port: 80, httpHeaders: [{ name: 'Bad Header', value: 'v' }] } } }, errors: [`${C}.readinessProbe.httpGet.httpHeaders`] },
    { name: 'a sleep outlasts the grace period', container: { lifecycle: { preStop: { sleep: { seconds: 100 } } } }, versions: ['1.36'], errors: [`${C}.lifecycle.preStop.sleep`] },
    { name: 'a sleep of 0 before 1.33', container: { lifecycle: { preStop: { sleep: { seconds: 0 } } } }, versions: ['1.32'], errors: [`${C}.lifecycle.preStop.sleep`] },
    { name: 'a sleep hook on 1.28 (dropped, so no handler)', container: { lifecycle: { preStop: { sleep: { seconds: 5 } } } }, versions: ['1.28'], errors: [`${C}.lifecycle.preStop`] },
  ],
});
