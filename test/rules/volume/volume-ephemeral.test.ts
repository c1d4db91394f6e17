import { volumeEphemeral } from '../../../lib/rules/volume/volume-ephemeral';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const claim = (spec: Record<string, unknown>, metadata?: Record<string, unknown>) => [
  { name: 'scratch', ephemeral: { volumeClaimTemplate: { ...(metadata ? { metadata } : {}), spec } } },
];
const good = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };
const tpl = (rest: string) => vol(0, `.ephemeral.volumeClaimTemplate${rest}`);

ruleCases(volumeEphemeral, {
  valid: [
    withVolumes('a claim template has access modes and a storage request', claim(good)),
    withVolumes('a claim template has labels, a class and a volume mode', claim({ ...good, storageClassName: 'fast-ssd', volumeMode: 'Block' }, { labels: { app: 'x' } })),
    withVolumes('a claim template clones a PVC', claim({ ...good, dataSource: { kind: 'PersistentVolumeClaim', name: 'src' } })),
    withVolumes('a claim template names the same source twice', claim({ ...good, dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef: { kind: 'PersistentVolumeClaim', name: 'a' } })),
    withVolumes('an attributes class is not checked before 1.34 (gate off)', claim({ ...good, volumeAttributesClassName: 'Gold_Class' }), { versions: ['1.28', '1.33'] }),
    withVolumes('a data source group is not checked on 1.28', claim({ ...good, dataSource: { apiGroup: 'Snap_Shots', kind: 'VolumeSnapshot', name: 's' } }), { versions: ['1.28'] }),
    withVolumes('a claim template restores a snapshot', claim({ ...good, dataSource: { apiGroup: 'snapshot.storage.k8s.io', kind: 'VolumeSnapshot', name: 'snap' } })),
  ],
  invalid: [
    withVolumes('the volumeClaimTemplate is missing', [{ name: 'scratch', ephemeral: {} }], { errors: [vol(0, '.ephemeral.volumeClaimTemplate')] }),
    withVolumes('the claim has no access modes and no storage request', claim({}), { errors: [tpl('.spec.accessModes'), tpl('.spec.resources[storage]')] }),
    withVolumes('the storage request is zero', claim({ ...good, resources: { requests: { storage: '0Gi' } } }), { errors: [tpl('.spec.resources[storage]')] }),
    withVolumes('the storage request is negative', claim({ ...good, resources: { requests: { storage: '-1Gi' } } }), { errors: [tpl('.spec.resources[storage]')] }),
    withVolumes('an access mode is unknown', claim({ ...good, accessModes: ['ReadWriteSometimes'] }), { errors: [tpl('.spec.accessModes')] }),
    withVolumes('ReadWriteOncePod is combined with another mode', claim({ ...good, accessModes: ['ReadWriteOncePod', 'ReadOnlyMany'] }), { errors: [tpl('.spec.accessModes')] }),
    withVolumes('the storage class is not a subdomain', claim({ ...good, storageClassName: 'Fast_SSD' }), { errors: [tpl('.spec.storageClassName')] }),
    withVolumes('the volume mode is unknown', claim({ ...good, volumeMode: 'block' }), { errors: [tpl('.spec.volumeMode')] }),
    withVolumes('the template sets a name (the server derives it)', claim(good, { name: 'scratch' }), { errors: [tpl('.metadata.name')] }),
    withVolumes('the template sets a namespace and a uid', claim(good, { namespace: 'x', uid: 'u' }), { errors: [tpl('.metadata.namespace'), tpl('.metadata.uID')] }),
    withVolumes('a template label value is invalid', claim(good, { labels: { app: 'a b' } }), { errors: [tpl('.metadata.labels')] }),
    withVolumes('the dataSource is a non-PVC of the core group', claim({ ...good, dataSource: { kind: 'Secret', name: 'x' } }), { errors: [tpl('.spec.dataSource')] }),
    withVolumes('the selector has a bad operator', claim({ ...good, selector: { matchExpressions: [{ key: 'a', operator: 'Is', values: ['b'] }] } }), {
      errors: [tpl('.spec.selector.matchExpressions[0].operator')],
    }),
    withVolumes('dataSource and dataSourceRef differ', claim({ ...good, dataSource: { kind: 'PersistentVolumeClaim', name: 'a' }, dataSourceRef: { kind: 'PersistentVolumeClaim', name: 'b' } }), {
      errors: [tpl('.spec')],
    }),
    withVolumes('a dataSourceRef has no name and a bad namespace', claim({ ...good, dataSourceRef: { kind: 'PersistentVolumeClaim', namespace: 'Team_A' } }), {
      errors: [tpl('.spec.dataSourceRef.name'), tpl('.spec.dataSourceRef.namespace')],
    }),
    withVolumes('a data source group is not a subdomain', claim({ ...good, dataSource: { apiGroup: 'Snap_Shots', kind: 'VolumeSnapshot', name: 's' } }), {
      versions: ['1.29', '1.36'],
      errors: [tpl('.spec.dataSource.apiGroup')],
    }),
    withVolumes('the attributes class is not a subdomain', claim({ ...good, volumeAttributesClassName: 'Gold_Class' }), {
      versions: ['1.34', '1.36'],
      errors: [tpl('.spec.volumeAttributesClassName')],
    }),
  ],
});
