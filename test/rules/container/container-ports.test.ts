import { containerPorts } from '../../../lib/rules/container/container-ports';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';

ruleCases(containerPorts, {
  valid: [
    { name: 'ports are named and numbered well', container: { ports: [{ containerPort: 80, name: 'http' }, { containerPort: 53, protocol: 'UDP', hostPort: 53 }] } },
    { name: 'hostNetwork with equal hostPort', podSpec: { hostNetwork: true }, container: { ports: [{ containerPort: 8080, hostPort: 8080 }] } },
    { name: 'the same hostPort on two protocols', container: { ports: [{ containerPort: 53, hostPort: 53 }, { containerPort: 53, hostPort: 53, protocol: 'UDP' }] } },
  ],
  invalid: [
    { name: 'containerPort is missing', container: { ports: [{ name: 'http' }] }, errors: [`${C}.ports[0].containerPort`] },
    { name: 'ports are out of range', container: { ports: [{ containerPort: 70000, hostPort: -5 }] }, errors: [`${C}.ports[0].containerPort`, `${C}.ports[0].hostPort`] },
    { name: 'the protocol is lowercase', container: { ports: [{ containerPort: 53, protocol: 'tcp' }] }, errors: [`${C}.ports[0].protocol`] },
    { name: 'the name has an underscore', container: { ports: [{ containerPort: 80, name: 'Bad_Name' }] }, errors: [`${C}.ports[0].name`] },
    { name: 'a name repeats', container: { ports: [{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }] }, errors: [`${C}.ports[1].name`] },
    {
      name: 'two containers take one hostPort',
      podSpec: { containers: [{ name: 'a', image: 'b', ports: [{ containerPort: 80, hostPort: 8080 }] }, { name: 'c', image: 'b', ports: [{ containerPort: 81, hostPort: 8080 }] }] },
      errors: ['spec.template.spec.containers[1].ports[0].hostPort'],
    },
    { name: 'hostNetwork with another hostPort', podSpec: { hostNetwork: true }, container: { ports: [{ containerPort: 8080, hostPort: 9090 }] }, errors: [`${C}.ports[0].hostPort`] },
  ],
});
