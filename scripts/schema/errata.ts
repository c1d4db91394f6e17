import { isAtLeast, type KubernetesVersion } from '../../lib/versions';

/**
 * A field the upstream OpenAPI definitions mark `required` although the API server accepts the
 * object without it. The swagger `required` list comes from Go struct tags (a field without
 * `omitempty` is "required"), not from validation, so it can be stricter than the server.
 */
export interface RequiredErratum {
  /** Fully qualified definition name, e.g. `io.k8s.api.batch.v1.PodFailurePolicyRule`. */
  readonly definition: string;
  /** The property wrongly listed in its `required`. */
  readonly property: string;
  /** Versions whose definitions carry the mistake (inclusive); absent = every version. */
  readonly from?: KubernetesVersion;
  readonly to?: KubernetesVersion;
  /** Why the server accepts the field omitted. */
  readonly why: string;
}

/** Upstream errata the generator corrects. Each one has a test in test/schema/errata.test.ts. */
export const REQUIRED_ERRATA: readonly RequiredErratum[] = [
  {
    definition: 'io.k8s.api.batch.v1.PodFailurePolicyRule',
    property: 'onPodConditions',
    from: '1.28',
    to: '1.28',
    why:
      'a rule needs exactly one of onExitCodes and onPodConditions (validatePodFailurePolicyRule); ' +
      'the official docs example with only onExitCodes is accepted. Fixed upstream in 1.29.',
  },
  {
    definition: 'io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern',
    property: 'status',
    from: '1.28',
    to: '1.34',
    why: 'an omitted status is defaulted to "True" (SetDefaults_Job) before validation. Fixed upstream in 1.35.',
  },
  {
    definition: 'io.k8s.api.core.v1.PodResourceClaim',
    property: 'name',
    why: 'the server drops resourceClaims while DynamicResourceAllocation is off (before 1.34) and validatePodResourceClaims reports a missing name from then on; pod-resource-claims reports it there.',
  },
  {
    definition: 'io.k8s.api.batch.v1.JobSpec',
    property: 'template',
    why:
      'JobSpec.Template is a struct, so an omitted template decodes as the empty one; the server then reports ' +
      'what that lacks (template.spec.containers and restartPolicy: pod-containers-required, job-restart-policy), never the template.',
  },
  {
    definition: 'io.k8s.api.batch.v1.CronJobSpec',
    property: 'jobTemplate',
    why:
      'CronJobSpec.JobTemplate is a struct, so an omitted jobTemplate decodes as the empty one; the server reports ' +
      'jobTemplate.spec.template.spec.containers and restartPolicy, never the jobTemplate.',
  },
  {
    definition: 'io.k8s.api.batch.v1.PodFailurePolicy',
    property: 'rules',
    why: 'validatePodFailurePolicy loops over the rules; a podFailurePolicy without rules is accepted (oracle, every version).',
  },
  {
    definition: 'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
    property: 'apiVersion',
    why: 'an omitted apiVersion is the empty string, which validateOwnerReference reports at metadata.ownerReferences.apiVersion (no index before 1.37); metadata-owner-references reports it there.',
  },
  {
    definition: 'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
    property: 'kind',
    why: 'an omitted kind is the empty string, which validateOwnerReference reports at metadata.ownerReferences.kind (no index before 1.37); metadata-owner-references reports it there.',
  },
  {
    definition: 'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
    property: 'name',
    why: 'an omitted name is the empty string, which validateOwnerReference reports at metadata.ownerReferences.name (no index before 1.37); metadata-owner-references reports it there.',
  },
  {
    definition: 'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
    property: 'uid',
    why: 'an omitted uid is the empty string, which validateOwnerReference reports at metadata.ownerReferences.uid (no index before 1.37); metadata-owner-references reports it there.',
  },
  {
    definition: 'io.k8s.api.core.v1.HTTPHeader',
    property: 'value',
    why: 'validateHTTPGetAction checks only the header name; an empty value is accepted.',
  },
  {
    definition: 'io.k8s.api.core.v1.Sysctl',
    property: 'value',
    why: 'validateSysctls checks only the sysctl name; an empty value is accepted.',
  },
  {
    definition: 'io.k8s.api.core.v1.ISCSIVolumeSource',
    property: 'lun',
    why: 'lun 0 is a valid LUN (validateISCSIVolumeSource checks 0..255), so an omitted lun is accepted.',
  },
  {
    definition: 'io.k8s.api.core.v1.DownwardAPIVolumeFile',
    property: 'path',
    why: 'validateDownwardAPIVolumeFile reports a missing path at the source (`downwardAPI.path`, no item index); the volume-downward-api and volume-projected rules report it there.',
  },
  {
    definition: 'io.k8s.api.core.v1.GCEPersistentDiskVolumeSource',
    property: 'pdName',
    why: 'validateVolumeSource reports a missing pdName at `persistentDisk.pdName`, not `gcePersistentDisk.pdName`; volume-in-tree-sources reports it there.',
  },
  {
    definition: 'io.k8s.api.core.v1.ServiceAccountTokenProjection',
    property: 'path',
    why: 'validateProjectionSources reports a missing token path at `projected.path`; volume-projected reports it there.',
  },
  {
    definition: 'io.k8s.api.core.v1.PersistentVolumeClaimTemplate',
    property: 'spec',
    why: 'an omitted claim spec is the empty spec: the server reports its accessModes and storage request as missing (volume-ephemeral), not the spec.',
  },
  {
    definition: 'io.k8s.api.core.v1.ScaleIOVolumeSource',
    property: 'secretRef',
    why: 'validateScaleIOVolumeSource checks gateway, system and volumeName only; a scaleIO volume without secretRef is accepted.',
  },
  {
    definition: 'io.k8s.api.core.v1.ClusterTrustBundleProjection',
    property: 'path',
    from: '1.29',
    to: '1.36',
    why: 'the ClusterTrustBundleProjection gate is off up to 1.36, so the server drops the source on create (dropDisabledClusterTrustBundleProjection) and never validates it.',
  },
  {
    definition: 'io.k8s.api.core.v1.PodCertificateProjection',
    property: 'signerName',
    from: '1.34',
    to: '1.36',
    why: 'the PodCertificateRequest gate is off up to 1.36, so the server drops the source on create (dropDisabledPodCertificateProjection) and never validates it.',
  },
  {
    definition: 'io.k8s.api.core.v1.PodCertificateProjection',
    property: 'keyType',
    from: '1.34',
    to: '1.36',
    why: 'the PodCertificateRequest gate is off up to 1.36, so the server drops the source on create (dropDisabledPodCertificateProjection) and never validates it.',
  },
  {
    definition: 'io.k8s.api.batch.v1.JobCondition',
    property: 'type',
    why: 'the server clears status on create (PrepareForCreate), so status content is never validated.',
  },
  {
    definition: 'io.k8s.api.batch.v1.JobCondition',
    property: 'status',
    why: 'the server clears status on create (PrepareForCreate), so status content is never validated.',
  },
];

/** True when the erratum applies to the definitions of `version`. */
export function erratumApplies(e: RequiredErratum, version: KubernetesVersion): boolean {
  return (e.from === undefined || isAtLeast(version, e.from)) && (e.to === undefined || isAtLeast(e.to, version));
}
