import { volumeInTreeSources } from '../../../lib/rules/volume/volume-in-tree-sources';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const v = (source: Record<string, unknown>, name = 'disk') => [{ name, ...source }];

ruleCases(volumeInTreeSources, {
  valid: [
    withVolumes('a gitRepo clones into a relative directory', v({ gitRepo: { repository: 'https://example.com/r.git', directory: '.' } })),
    withVolumes('a GCE disk uses partition 0', v({ gcePersistentDisk: { pdName: 'd', partition: 0 } })),
    withVolumes('an EBS volume', v({ awsElasticBlockStore: { volumeID: 'vol-1', partition: 255 } })),
    withVolumes('an iSCSI volume', v({ iscsi: { targetPortal: '10.0.0.1:3260', iqn: 'iqn.2001-04.com.example:storage', lun: 0, initiatorName: 'iqn.1994-05.com.redhat:abc' } })),
    withVolumes('an rbd volume', v({ rbd: { monitors: ['10.0.0.1:6789'], image: 'img' } })),
    withVolumes('a quobyte volume with two registries', v({ quobyte: { registry: 'a:7861,[::1]:7861', volume: 'v' } })),
    withVolumes('an fc volume by wwids', v({ fc: { wwids: ['3600508b400105e210000900000490000'] } })),
    withVolumes('an fc volume by targetWWNs with a lun', v({ fc: { targetWWNs: ['500a0982991b8dc5'], lun: 2 } })),
    withVolumes('a flexVolume with vendor options', v({ flexVolume: { driver: 'example/lvm', options: { 'example.com/size': '1' } } })),
    withVolumes('a blob azureDisk (kind defaults to Shared)', v({ azureDisk: { diskName: 'd', diskURI: 'https://acct.blob.core.windows.net/c/d.vhd' } })),
    withVolumes('a managed azureDisk', v({ azureDisk: { diskName: 'd', diskURI: '/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/disks/d', kind: 'Managed', cachingMode: 'None' } })),
    withVolumes('a storageos volume', v({ storageos: { volumeName: 'vol', volumeNamespace: 'ns' } })),
    withVolumes('a scaleIO volume', v({ scaleIO: { gateway: 'https://gw', system: 's', volumeName: 'v', secretRef: { name: 'x' } } })),
    withVolumes('a flocker, cinder, cephfs, glusterfs, azureFile, vsphere, photon and portworx volume', [
      { name: 'a', flocker: { datasetName: 'ds' } },
      { name: 'b', cinder: { volumeID: 'v' } },
      { name: 'c', cephfs: { monitors: ['m'] } },
      { name: 'd', glusterfs: { endpoints: 'e', path: 'p' } },
      { name: 'e', azureFile: { secretName: 's', shareName: 'sh' } },
      { name: 'f', vsphereVolume: { volumePath: '[ds] v.vmdk' } },
      { name: 'g', photonPersistentDisk: { pdID: 'p' } },
      { name: 'h', portworxVolume: { volumeID: 'p' } },
    ]),
  ],
  invalid: [
    withVolumes('a gitRepo has no repository and an absolute directory', v({ gitRepo: { directory: '/src' } }), {
      errors: [vol(0, '.gitRepo.repository'), vol(0, '.gitRepo.directory')],
    }),
    withVolumes('a GCE disk is reported at persistentDisk (sic)', v({ gcePersistentDisk: { partition: 256 } }), {
      errors: [vol(0, '.persistentDisk.pdName'), vol(0, '.persistentDisk.partition')],
    }),
    withVolumes('an EBS volume has no volumeID', v({ awsElasticBlockStore: {} }), { errors: [vol(0, '.awsElasticBlockStore.volumeID')] }),
    withVolumes('an iSCSI volume has a bad iqn, lun and CHAP without secret', v({ iscsi: { targetPortal: 'p', iqn: 'iqn.bad', lun: 300, chapAuthSession: true } }), {
      errors: [vol(0, '.iscsi.iqn'), vol(0, '.iscsi.lun'), vol(0, '.iscsi.secretRef')],
    }),
    withVolumes('an iSCSI initiator name has an unknown prefix', v({ iscsi: { targetPortal: 'p', iqn: 'eui.0123456789ABCDEF', initiatorName: 'abc' } }), {
      errors: [vol(0, '.iscsi.initiatorname')],
    }),
    withVolumes('an iSCSI volume name and portal are too long with an initiator', v({ iscsi: { targetPortal: 'p'.repeat(60), iqn: 'naa.' + '0'.repeat(32), initiatorName: 'naa.' + '1'.repeat(32) } }, 'disk-volume'), {
      errors: [vol(0, '.name')],
    }),
    withVolumes('a glusterfs volume has no endpoints or path', v({ glusterfs: {} }), { errors: [vol(0, '.glusterfs.endpoints'), vol(0, '.glusterfs.path')] }),
    withVolumes('a flocker volume sets both dataset fields, the name with a slash', v({ flocker: { datasetName: 'a/b', datasetUUID: 'u' } }), {
      errors: [vol(0, '.flocker'), vol(0, '.flocker.datasetName')],
    }),
    withVolumes('a flocker volume sets neither dataset field', v({ flocker: {} }), { errors: [vol(0, '.flocker')] }),
    withVolumes('an rbd volume has no monitors or image', v({ rbd: { monitors: [] } }), { errors: [vol(0, '.rbd.monitors'), vol(0, '.rbd.image')] }),
    withVolumes('a cinder secretRef has no name', v({ cinder: { volumeID: 'v', secretRef: {} } }), { errors: [vol(0, '.cinder.secretRef.name')] }),
    withVolumes('a cephfs volume has no monitors', v({ cephfs: {} }), { errors: [vol(0, '.cephfs.monitors')] }),
    withVolumes('a quobyte registry has no port', v({ quobyte: { registry: 'host', volume: 'v' } }), { errors: [vol(0, '.quobyte.registry')] }),
    withVolumes('a quobyte volume has no registry or volume', v({ quobyte: {} }), { errors: [vol(0, '.quobyte.registry'), vol(0, '.quobyte.volume')] }),
    withVolumes('an fc volume has neither targetWWNs nor wwids', v({ fc: {} }), { errors: [vol(0, '.fc.targetWWNs')] }),
    withVolumes('an fc volume has both, without a lun', v({ fc: { targetWWNs: ['a'], wwids: ['b'] } }), { errors: [vol(0, '.fc.targetWWNs'), vol(0, '.fc.lun')] }),
    withVolumes('a flexVolume uses a reserved option namespace', v({ flexVolume: { driver: 'd', options: { 'kubernetes.io/fsType': 'ext4' } } }), {
      errors: [vol(0, '.flexVolume.options[kubernetes.io/fsType]')],
    }),
    withVolumes('an azureFile volume has no secretName or shareName', v({ azureFile: {} }), { errors: [vol(0, '.azureFile.secretName'), vol(0, '.azureFile.shareName')] }),
    withVolumes('a vsphere, photon and portworx volume miss their ids', [
      { name: 'a', vsphereVolume: {} },
      { name: 'b', photonPersistentDisk: {} },
      { name: 'c', portworxVolume: {} },
    ], { errors: [vol(0, '.vsphereVolume.volumePath'), vol(1, '.photonPersistentDisk.pdID'), vol(2, '.portworxVolume.volumeID')] }),
    withVolumes('an azureDisk has an unknown caching mode and a non-https blob URI', v({ azureDisk: { diskName: 'd', diskURI: 'http://x', cachingMode: 'Sometimes' } }), {
      errors: [vol(0, '.azureDisk.cachingMode'), vol(0, '.azureDisk.diskURI')],
    }),
    withVolumes('a managed azureDisk URI is not a resource id', v({ azureDisk: { diskName: 'd', diskURI: 'https://x', kind: 'Managed' } }), { errors: [vol(0, '.azureDisk.diskURI')] }),
    withVolumes('an azureDisk kind is unknown', v({ azureDisk: { diskName: 'd', diskURI: 'https://x', kind: 'Local' } }), { errors: [vol(0, '.azureDisk.kind')] }),
    withVolumes('a storageos volume name is not a DNS label', v({ storageos: { volumeName: 'Vol_1', secretRef: {} } }), {
      errors: [vol(0, '.storageos.volumeName'), vol(0, '.storageos.secretRef.name')],
    }),
    withVolumes('a scaleIO volume misses gateway, system and volumeName', v({ scaleIO: {} }), {
      errors: [vol(0, '.scaleIO.gateway'), vol(0, '.scaleIO.system'), vol(0, '.scaleIO.volumeName')],
    }),
  ],
});
