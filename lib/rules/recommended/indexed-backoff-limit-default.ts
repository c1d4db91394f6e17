import { asInt } from '../../manifest/access';
import { DOCS } from '../support/docs';
import { gateOn } from '../support/gates';
import { required } from '../findings';
import { defineRule } from '../rule';
import { isSet } from '../support/values';

/**
 * With backoffLimitPerIndex set and backoffLimit unset, the API server defaults backoffLimit to
 * 2147483647 (k8s pkg/apis/batch/v1/defaults.go). Without maxFailedIndexes nothing then stops a
 * failure that hits every index (a bad image, a missing secret) before each index has used up its
 * own retries: completions × (backoffLimitPerIndex + 1) pods.
 */
export const indexedBackoffLimitDefault = defineRule({
  id: 'indexed-backoff-limit-default',
  severity: 'warning',
  summary: 'an Indexed Job with backoffLimitPerIndex should set maxFailedIndexes or backoffLimit, which otherwise defaults to 2147483647',
  docs: DOCS.backoffPerIndex,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.backoffLimitPerIndex'],
  refs: [],
  hint: 'set maxFailedIndexes (fail the Job once that many indexes failed) or backoffLimit (total pod failures)',
  constructHint: 'set maxFailedIndexes (fail the Job once that many indexes failed) or backoffLimit (total pod failures)',
  check(view) {
    const { rawSpec } = view;
    if (rawSpec.completionMode !== 'Indexed' || !isSet(rawSpec.backoffLimitPerIndex) || !gateOn(view, 'backoffLimitPerIndex')) return [];
    if (isSet(rawSpec.backoffLimit) || isSet(rawSpec.maxFailedIndexes)) return [];
    const completions = asInt(rawSpec.completions);
    const perIndex = asInt(rawSpec.backoffLimitPerIndex);
    // Only a count the server could run: invalid (negative, zero) values get no figure.
    const pods = completions !== undefined && perIndex !== undefined && completions > 0 && perIndex >= 0 ? ` (${completions * (perIndex + 1)} pods here)` : '';
    return [
      required(
        view.at('backoffLimit'),
        `defaults to 2147483647 with backoffLimitPerIndex: a failure in every index runs completions × (backoffLimitPerIndex + 1) pods${pods} before the Job fails`,
      ),
    ];
  },
});
