import { containerVolumeMounts } from '../../../lib/rules/container/container-volume-mounts';
import { ruleCases } from '../rule-cases';

const C = 'spec.template.spec.containers[0]';
const volumes = [{ name: 'data', emptyDir: {} }, { name: 'block', persistentVolumeClaim: { claimName: 'b' } }];

ruleCases(containerVolumeMounts, {
  valid: [
    { name: 'mounts and a device name pod volumes', podSpec: { volumes }, container: { volumeMounts: [{ name: 'data', mountPath: '/data', subPath: 'a/b' }], volumeDevices: [{ name: 'block', devicePath: '/dev/xvda' }] } },
    {
      name: 'a mount of an image volume dropped while ImageVolume is off is dropped with it',
      podSpec: { volumes: [{ name: 'model', image: { reference: 'm:1' } }, ...volumes] },
      container: { volumeMounts: [{ name: 'model', mountPath: '/m' }, { name: 'model', mountPath: '/m' }] },
      versions: ['1.31', '1.34'],
    },
    { name: 'recursiveReadOnly on a read-only mount', podSpec: { volumes }, container: { volumeMounts: [{ name: 'data', mountPath: '/d', readOnly: true, recursiveReadOnly: 'IfPossible' }] } },
    {
      name: 'a mount of an image volume while ImageVolume is off (the server drops both)',
      versions: ['1.31', '1.34'],
      podSpec: { volumes: [{ name: 'img', image: { reference: 'x:1', pullPolicy: 'Sometimes' } }] },
      container: { volumeMounts: [{ name: 'img', mountPath: '/i' }] },
    },
  ],
  invalid: [
    {
      name: 'the mounts after a dropped image volume mount move up (1.34)',
      versions: ['1.34'],
      podSpec: { volumes: [{ name: 'img', image: { reference: 'x:1' } }, { name: 'data', emptyDir: {} }] },
      container: { volumeMounts: [{ name: 'img', mountPath: '/d' }, { name: 'data', mountPath: '/d' }, { name: 'data', mountPath: '/d' }] },
      errors: [`${C}.volumeMounts[1].mountPath`],
    },
    { name: 'a mount names no volume', container: { volumeMounts: [{ name: 'nope', mountPath: '/x' }] }, errors: [`${C}.volumeMounts[0].name`] },
    {
      name: 'a mount and a device name volumes that have errors (ValidateVolumes keeps only valid ones)',
      versions: ['1.35', '1.36'],
      podSpec: { volumes: [{ name: 'img', image: { reference: 'x:1', pullPolicy: 'Sometimes' } }, { name: 'pvc', persistentVolumeClaim: { claimName: '' } }] },
      container: { volumeMounts: [{ name: 'img', mountPath: '/i' }], volumeDevices: [{ name: 'pvc', devicePath: '/dev/b' }] },
      errors: [`${C}.volumeMounts[0].name`, `${C}.volumeDevices[0].name`],
    },
    { name: 'two mounts share a path', podSpec: { volumes }, container: { volumeMounts: [{ name: 'data', mountPath: '/d' }, { name: 'data', mountPath: '/d' }] }, errors: [`${C}.volumeMounts[1].mountPath`] },
    { name: 'subPath climbs out', podSpec: { volumes }, container: { volumeMounts: [{ name: 'data', mountPath: '/d', subPath: '../up' }] }, errors: [`${C}.volumeMounts.subPath`] },
    { name: 'Bidirectional in an unprivileged container', podSpec: { volumes }, container: { volumeMounts: [{ name: 'data', mountPath: '/d', mountPropagation: 'Bidirectional' }] }, errors: [`${C}.volumeMounts.mountPropagation`] },
    {
      name: 'a mount of a volume with errors is not found',
      podSpec: { volumes: [{ name: 'cfg', configMap: { name: 'c', items: [{ key: '', path: 'p' }] } }] },
      container: { volumeMounts: [{ name: 'cfg', mountPath: '/c' }] },
      errors: [`${C}.volumeMounts[0].name`],
    },
    {
      name: 'mounts after a dropped image volume mount move up',
      podSpec: { volumes: [{ name: 'model', image: { reference: 'm:1' } }, ...volumes] },
      container: { volumeMounts: [{ name: 'model', mountPath: '/m' }, { name: 'data', mountPath: '/d' }, { name: 'data', mountPath: '/d' }] },
      versions: ['1.31', '1.34'],
      errors: [`${C}.volumeMounts[1].mountPath`],
    },
    { name: 'a device on an emptyDir', podSpec: { volumes }, container: { volumeDevices: [{ name: 'data', devicePath: '/dev/x' }] }, errors: [`${C}.volumeDevices[0].name`] },
    { name: 'an init container mount names no volume', podSpec: { initContainers: [{ name: 'i', image: 'b', volumeMounts: [{ name: 'nope', mountPath: '/x' }] }] }, errors: ['spec.template.spec.initContainers[0].volumeMounts[0].name'] },
    {
      name: 'a device and a mount share a path',
      podSpec: { volumes },
      container: { volumeDevices: [{ name: 'block', devicePath: '/data' }], volumeMounts: [{ name: 'data', mountPath: '/data' }] },
      errors: [`${C}.volumeMounts[0].mountPath`, `${C}.volumeDevices[0].devicePath`],
    },
  ],
});
