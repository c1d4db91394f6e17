import { volumeConfigMap } from '../../../lib/rules/volume/volume-config-map';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const cm = (configMap: unknown) => [{ name: 'cfg', configMap }];

ruleCases(volumeConfigMap, {
  valid: [
    withVolumes('a configMap volume has a name', cm({ name: 'app' })),
    withVolumes('items have keys and relative paths, modes within 0777', cm({ name: 'app', defaultMode: 0o644, items: [{ key: 'k', path: 'dir/k.conf', mode: 0o777 }] })),
    withVolumes('a path contains .. inside a name', cm({ name: 'app', items: [{ key: 'k', path: 'a..b/..c' }] })),
    withVolumes('a configMap source is not the validated one', [{ name: 'cfg', emptyDir: {}, configMap: {} }]),
  ],
  invalid: [
    withVolumes('the configMap name is missing', cm({}), { errors: [vol(0, '.configMap.name')] }),
    withVolumes('defaultMode is above 0777', cm({ name: 'a', defaultMode: 0o1000 }), { errors: [vol(0, '.configMap.defaultMode')] }),
    withVolumes('defaultMode is negative', cm({ name: 'a', defaultMode: -1 }), { errors: [vol(0, '.configMap.defaultMode')] }),
    withVolumes('an item has neither key nor path', cm({ name: 'a', items: [{}] }), {
      errors: [vol(0, '.configMap.items[0].key'), vol(0, '.configMap.items[0].path')],
    }),
    withVolumes('an item path is absolute', cm({ name: 'a', items: [{ key: 'k', path: '/etc/k' }] }), { errors: [vol(0, '.configMap.items[0].path')] }),
    withVolumes('an item path climbs out with ..', cm({ name: 'a', items: [{ key: 'k', path: 'a/../../b' }] }), { errors: [vol(0, '.configMap.items[0].path')] }),
    withVolumes('an item path starts with ..', cm({ name: 'a', items: [{ key: 'k', path: '..data' }] }), { errors: [vol(0, '.configMap.items[0].path')] }),
    withVolumes('an item mode is above 0777', cm({ name: 'a', items: [{ key: 'k', path: 'k', mode: 512 }] }), { errors: [vol(0, '.configMap.items[0].mode')] }),
  ],
});
