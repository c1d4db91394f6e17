import { required } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validatesField } from '../support/gates';
import { isSet } from '../support/values';

/** Rule 27 (validateJobSpec). */
export const maxFailedIndexesRequiresBackoffLimitPerIndex = defineRule({
  id: 'max-failed-indexes-requires-backoff-limit-per-index',
  severity: 'error',
  summary: 'maxFailedIndexes needs backoffLimitPerIndex',
  docs: DOCS.backoffPerIndex,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.maxFailedIndexes'],
  refs: ['job.maxFailedIndexes.requiresBackoffLimitPerIndex'],
  hint: 'set backoffLimitPerIndex as well, or remove maxFailedIndexes',
  check(view) {
    if (!validatesField(view, 'maxFailedIndexes')) return [];
    if (!isSet(view.spec.maxFailedIndexes) || isSet(view.spec.backoffLimitPerIndex)) return [];
    return [required(view.at('backoffLimitPerIndex'), 'when maxFailedIndexes is specified')];
  },
});
