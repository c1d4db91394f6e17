import { asInt } from '../../manifest/access';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validatesField } from '../support/gates';
import { isNonIndexed } from '../support/job-spec';

/** Rules 38–39 (validateJobSpec). */
export const perIndexBackoffRequiresIndexed = defineRule({
  id: 'per-index-backoff-requires-indexed',
  severity: 'error',
  summary: 'backoffLimitPerIndex and maxFailedIndexes need completionMode Indexed',
  docs: DOCS.backoffPerIndex,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.backoffLimitPerIndex', 'job.maxFailedIndexes'],
  refs: ['job.backoffLimitPerIndex.requiresIndexed', 'job.maxFailedIndexes.requiresIndexed'],
  hint: 'set completionMode: Indexed (with completions), or use backoffLimit for a NonIndexed Job',
  constructHint: 'use IndexedJob (completionMode Indexed), or use backoffLimit for a NonIndexed Job',
  check(view) {
    if (!validatesField(view, 'backoffLimitPerIndex') || !isNonIndexed(view)) return [];
    const out: Finding[] = [];
    for (const field of ['backoffLimitPerIndex', 'maxFailedIndexes']) {
      const value = asInt(view.spec[field]);
      if (value !== undefined) out.push(invalid(view.at(field), value, 'requires indexed completion mode'));
    }
    return out;
  },
});
