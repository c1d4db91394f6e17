const VOLUMES = 'https://kubernetes.io/docs/concepts/storage/volumes/';

/** kubernetes.io pages the volume rules link to. */
export const VOLUME_DOCS = {
  volumes: `${VOLUMES}#volume-types`,
  configMap: `${VOLUMES}#configmap`,
  secret: `${VOLUMES}#secret`,
  downwardAPI: `${VOLUMES}#downwardapi`,
  emptyDir: `${VOLUMES}#emptydir`,
  hostPath: `${VOLUMES}#hostpath`,
  persistentVolumeClaim: `${VOLUMES}#persistentvolumeclaim`,
  csi: `${VOLUMES}#csi`,
  nfs: `${VOLUMES}#nfs`,
  image: `${VOLUMES}#image`,
  inTree: `${VOLUMES}#deprecated-volume-types`,
  projected: 'https://kubernetes.io/docs/concepts/storage/projected-volumes/#introduction',
  ephemeral: 'https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes',
} as const;
