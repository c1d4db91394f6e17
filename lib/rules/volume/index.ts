import type { Rule } from '../rule';
import { volumeConfigMap } from './volume-config-map';
import { volumeCsi } from './volume-csi';
import { volumeDownwardApi } from './volume-downward-api';
import { volumeEmptyDir } from './volume-empty-dir';
import { volumeEphemeral } from './volume-ephemeral';
import { volumeHostPath } from './volume-host-path';
import { volumeImage } from './volume-image';
import { volumeInTreeSources } from './volume-in-tree-sources';
import { volumeNames } from './volume-names';
import { volumeNfs } from './volume-nfs';
import { volumePersistentVolumeClaim } from './volume-persistent-volume-claim';
import { volumeProjected } from './volume-projected';
import { volumeSecret } from './volume-secret';
import { volumeSourceCount } from './volume-source-count';

/** The volume rules (`ValidateVolumes` and each source's validator), in the order they run. Keep in step with the files in this folder. */
export const VOLUME_RULES: readonly Rule[] = [
  volumeNames,
  volumeSourceCount,
  volumeEmptyDir,
  volumeHostPath,
  volumeSecret,
  volumeNfs,
  volumePersistentVolumeClaim,
  volumeDownwardApi,
  volumeConfigMap,
  volumeProjected,
  volumeCsi,
  volumeEphemeral,
  volumeImage,
  volumeInTreeSources,
];
