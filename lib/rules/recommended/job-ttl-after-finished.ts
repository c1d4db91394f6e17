import { asObject, asStringMap } from '../../manifest/access';
import { required } from '../findings';
import { defineRule } from '../rule';
import { isSet } from '../support/values';

/** Annotations that hand a Job's lifecycle to a GitOps tool, which deletes it (hook delete policies). */
const LIFECYCLE_ANNOTATIONS = ['argocd.argoproj.io/hook', 'helm.sh/hook'] as const;

/**
 * A finished Job (and its pods) stays until someone deletes it. CronJob Jobs are pruned by the
 * CronJob's history limits, so this is for Jobs only; Argo CD and Helm hooks are deleted by their
 * tool (both default to deleting the previous hook before creating the next).
 */
export const jobTtlAfterFinished = defineRule({
  id: 'job-ttl-after-finished',
  severity: 'warning',
  summary: 'a Job should set ttlSecondsAfterFinished so that it and its pods are deleted once finished',
  docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#ttl-mechanism-for-finished-jobs',
  appliesTo: ['Job'],
  refs: [],
  hint: 'set spec.ttlSecondsAfterFinished (e.g. 86400 keeps a finished Job for a day), or run it as an Argo CD or Helm hook',
  constructHint: 'set ttlAfterFinished (e.g. Duration.days(1)), or run it as an Argo CD or Helm hook',
  check({ rawSpec, manifest, at }) {
    if (isSet(rawSpec.ttlSecondsAfterFinished)) return [];
    const annotations = asStringMap(asObject(manifest.metadata)?.annotations) ?? {};
    if (LIFECYCLE_ANNOTATIONS.some((a) => a in annotations)) return [];
    return [required(at('ttlSecondsAfterFinished'), 'a finished Job and its pods are kept until someone deletes them')];
  },
});
