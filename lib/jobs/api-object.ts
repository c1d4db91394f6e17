import { Lazy, type ApiObject, type ApiObjectMetadata } from 'cdk8s';
import * as kplus from './kplus';
import type { JobSpecFields } from './job-spec';
import { LintedApiObject } from './linted-api-object';

/**
 * Why the emitted object is replaced: cdk8s-plus-28 renders a Job through its generated L1
 * `k8s.KubeJob`, whose `toJson()` re-serializes the result (JSON patches included) through the
 * Kubernetes 1.28 types. That silently drops every field 1.28 does not know (`managedBy`,
 * `successPolicy`) and anything a user patches in that is not a 1.28 field (a typo, a misplaced
 * field), so neither `addJsonPatch` nor overriding `_toKube()` could emit them, and the schema
 * would never see what the user wrote. The replacement is a plain `ApiObject` (id `Resource`, so
 * `ApiObject.of()` finds it) whose spec is cdk8s-plus's own rendering (`_toKube()` converted by
 * cdk8s-plus's own `k8s.toJson_JobSpec`) plus our fields; user JSON patches apply on top,
 * unfiltered. `test/jobs/kplus-guard.test.ts` fails loudly if cdk8s-plus changes what this relies on.
 */
export function replaceJobApiObject(job: kplus.Job, metadata: ApiObjectMetadata | undefined, fields: () => JobSpecFields): ApiObject {
  return replace(job, metadata, kplus.k8s.KubeJob.GVK, () => ({ ...kplus.k8s.toJson_JobSpec(job._toKube()), ...fields() }));
}

/** As {@link replaceJobApiObject}, for a CronJob: our fields go into `spec.jobTemplate.spec`. */
export function replaceCronJobApiObject(cronJob: kplus.CronJob, metadata: ApiObjectMetadata | undefined, fields: () => JobSpecFields): ApiObject {
  return replace(cronJob, metadata, kplus.k8s.KubeCronJob.GVK, () => {
    const spec = kplus.k8s.toJson_CronJobSpec(cronJob._toKube()) ?? {};
    return { ...spec, jobTemplate: { ...spec.jobTemplate, spec: { ...spec.jobTemplate?.spec, ...fields() } } };
  });
}

function replace(
  resource: kplus.Job | kplus.CronJob,
  metadata: ApiObjectMetadata | undefined,
  gvk: { apiVersion: string; kind: string },
  spec: () => unknown,
): ApiObject {
  resource.node.tryRemoveChild('Resource');
  const apiObject = new LintedApiObject(resource, 'Resource', { apiVersion: gvk.apiVersion, kind: gvk.kind, metadata, spec: Lazy.any({ produce: spec }) });
  (resource as unknown as { apiObject: ApiObject }).apiObject = apiObject;
  return apiObject;
}
