import { volumeDownwardApi } from '../../../lib/rules/volume/volume-downward-api';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const dapi = (items: unknown[], extra: Record<string, unknown> = {}) => [{ name: 'info', downwardAPI: { items, ...extra } }];
const field = (fieldPath: string, path = 'f') => ({ path, fieldRef: { fieldPath } });

ruleCases(volumeDownwardApi, {
  valid: [
    withVolumes('items use the pod fields a volume may show', dapi([field('metadata.name', 'name'), field('metadata.labels', 'labels'), field('metadata.uid', 'uid')])),
    withVolumes('an item uses a subscripted annotation', dapi([field("metadata.annotations['example.com/Build']")])),
    withVolumes('an item uses a container resource', dapi([{ path: 'cpu', resourceFieldRef: { containerName: 'pi', resource: 'limits.cpu' } }])),
    withVolumes('an item uses a hugepages resource', dapi([{ path: 'hp', resourceFieldRef: { containerName: 'pi', resource: 'requests.hugepages-2Mi' } }])),
    withVolumes('a cpu resource uses the millicore divisor', dapi([{ path: 'cpu', resourceFieldRef: { containerName: 'pi', resource: 'requests.cpu', divisor: '1m' } }])),
    withVolumes('a memory divisor is written in another form of 1Mi', dapi([{ path: 'mem', resourceFieldRef: { containerName: 'pi', resource: 'limits.memory', divisor: '1024Ki' } }])),
    withVolumes('fieldRef says apiVersion v1', dapi([{ path: 'n', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, mode: 0o600 }])),
  ],
  invalid: [
    withVolumes('an item has no path (reported without the item index, as the server does)', dapi([{ fieldRef: { fieldPath: 'metadata.name' } }]), {
      errors: [vol(0, '.downwardAPI.path')],
    }),
    withVolumes('an item path is absolute', dapi([field('metadata.name', '/etc/name')]), { errors: [vol(0, '.downwardAPI.path')] }),
    withVolumes('an item uses a field only env vars may use', dapi([field('status.podIP')]), { errors: [vol(0, '.downwardAPI.fieldRef.fieldPath')] }),
    withVolumes('an item uses an unknown field', dapi([field('spec.containers')]), { errors: [vol(0, '.downwardAPI.fieldRef.fieldPath')] }),
    withVolumes('an item uses another apiVersion', dapi([{ path: 'n', fieldRef: { apiVersion: 'v2', fieldPath: 'metadata.name' } }]), {
      errors: [vol(0, '.downwardAPI.fieldRef.fieldPath')],
    }),
    withVolumes('a subscripted label key is invalid', dapi([field("metadata.labels['bad key']")]), { errors: [vol(0, '.downwardAPI.fieldRef')] }),
    withVolumes('an item has both fieldRef and resourceFieldRef', dapi([{ path: 'x', fieldRef: { fieldPath: 'metadata.name' }, resourceFieldRef: { containerName: 'pi', resource: 'limits.cpu' } }]), {
      errors: [vol(0, '.downwardAPI')],
    }),
    withVolumes('an item has neither fieldRef nor resourceFieldRef', dapi([{ path: 'x' }]), { errors: [vol(0, '.downwardAPI')] }),
    withVolumes('a resourceFieldRef has no containerName', dapi([{ path: 'x', resourceFieldRef: { resource: 'limits.cpu' } }]), {
      errors: [vol(0, '.downwardAPI.resourceFieldRef.containerName')],
    }),
    withVolumes('a resourceFieldRef names an unknown resource', dapi([{ path: 'x', resourceFieldRef: { containerName: 'pi', resource: 'limits.gpu' } }]), {
      errors: [vol(0, '.downwardAPI.resourceFieldRef.resource')],
    }),
    withVolumes('a cpu divisor is not 1 or 1m', dapi([{ path: 'cpu', resourceFieldRef: { containerName: 'pi', resource: 'limits.cpu', divisor: '100m' } }]), {
      errors: [vol(0, '.downwardAPI.resourceFieldRef.divisor')],
    }),
    withVolumes('a memory divisor is not a power of 1000 or 1024', dapi([{ path: 'mem', resourceFieldRef: { containerName: 'pi', resource: 'requests.memory', divisor: '2Mi' } }]), {
      errors: [vol(0, '.downwardAPI.resourceFieldRef.divisor')],
    }),
    withVolumes('the defaultMode and an item mode are out of range', dapi([{ ...field('metadata.name'), mode: 1000 }], { defaultMode: -1 }), {
      errors: [vol(0, '.downwardAPI.defaultMode'), vol(0, '.downwardAPI.mode')],
    }),
    withVolumes('status.hostIPs is also forbidden on 1.28 (PodHostIPs off)', dapi([field('status.hostIPs')]), {
      versions: ['1.28'],
      errors: [vol(0, '.downwardAPI.fieldRef.fieldPath'), vol(0, '.downwardAPI.fieldRef')],
    }),
    withVolumes('status.hostIPs is not a volume field', dapi([field('status.hostIPs')]), {
      versions: ['1.29', '1.36'],
      errors: [vol(0, '.downwardAPI.fieldRef.fieldPath')],
    }),
  ],
});
