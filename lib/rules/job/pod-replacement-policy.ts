import { PodReplacementPolicy, enumValues } from '../../k8s/enums';
import { unsupported } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validatesField } from '../support/gates';
import { isSet } from '../support/values';

/** The server lists the values from a sorted set. */
const ALLOWED: readonly string[] = [...enumValues(PodReplacementPolicy)].sort();

/**
 * Rules 70–71 (validatePodReplacementPolicy). Read as written: `""` is a non-nil pointer in Go,
 * so it is not defaulted and fails; an omitted value is defaulted to a valid one.
 */
export const podReplacementPolicy = defineRule({
  id: 'pod-replacement-policy',
  severity: 'error',
  summary: 'podReplacementPolicy must be Failed or TerminatingOrFailed, and Failed with a podFailurePolicy',
  docs: DOCS.podReplacement,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.podReplacementPolicy'],
  refs: ['job.podReplacementPolicy.allowed', 'job.podReplacementPolicy.failedWithPodFailurePolicy'],
  hint: 'set podReplacementPolicy: Failed (required with a podFailurePolicy) or TerminatingOrFailed',
  constructHint: 'use PodReplacementPolicy.FAILED (required with a podFailurePolicy) or PodReplacementPolicy.TERMINATING_OR_FAILED',
  check(view) {
    const value = view.rawSpec.podReplacementPolicy;
    if (!validatesField(view, 'podReplacementPolicy') || typeof value !== 'string') return [];
    const path = view.at('podReplacementPolicy');
    if (isSet(view.spec.podFailurePolicy)) {
      return value === PodReplacementPolicy.FAILED ? [] : [unsupported(path, value, [PodReplacementPolicy.FAILED])];
    }
    return ALLOWED.includes(value) ? [] : [unsupported(path, value, ALLOWED)];
  },
});
