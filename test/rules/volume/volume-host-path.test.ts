import { volumeHostPath } from '../../../lib/rules/volume/volume-host-path';
import { ruleCases } from '../rule-cases';
import { vol, withVolumes } from './volume-cases';

const hostPath = (h: unknown) => [{ name: 'host', hostPath: h }];

ruleCases(volumeHostPath, {
  valid: [
    withVolumes('a hostPath has a path', hostPath({ path: '/var/log' })),
    withVolumes('a hostPath has a known type', hostPath({ path: '/dev/fuse', type: 'CharDevice' })),
    withVolumes('a hostPath has the empty type', hostPath({ path: '/x', type: '' })),
    withVolumes('a relative hostPath (the server only refuses ..)', hostPath({ path: 'var/log' })),
  ],
  invalid: [
    withVolumes('the path is missing', hostPath({ type: 'Directory' }), { errors: [vol(0, '.hostPath.path')] }),
    withVolumes('the path has a .. element', hostPath({ path: '/var/../etc' }), { errors: [vol(0, '.hostPath.path')] }),
    withVolumes('the type is in the wrong case', hostPath({ path: '/x', type: 'directory' }), { errors: [vol(0, '.hostPath.type')] }),
  ],
});
