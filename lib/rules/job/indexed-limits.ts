import { asInt } from '../../manifest/access';
import { CompletionMode } from '../../k8s/enums';
import { invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validatesField } from '../support/gates';
import { isIndexed } from '../support/job-spec';
import { isSet } from '../support/values';

const MAX_PARALLELISM = 100_000;
const MAX_FAILED_INDEXES = 100_000;
const COMPLETIONS_SOFT_LIMIT = 100_000;
const PARALLELISM_LIMIT_HIGH_COMPLETIONS = 10_000;
const MAX_FAILED_INDEXES_HIGH_COMPLETIONS = 10_000;
const HIGH = `when completions are above ${COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index`;

/** Rules 32–37 (validateJobSpec, Indexed branch). */
export const indexedLimits = defineRule({
  id: 'indexed-limits',
  severity: 'error',
  summary: 'an Indexed Job keeps parallelism and maxFailedIndexes within the tracking limits',
  docs: DOCS.completionMode,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.completionMode'],
  refs: [
    'job.indexed.maxParallelism',
    'job.indexed.maxFailedIndexesLeCompletions',
    'job.indexed.maxFailedIndexesLimit',
    'job.indexed.highCompletions.maxFailedIndexesRequired',
    'job.indexed.highCompletions.parallelism',
    'job.indexed.highCompletions.maxFailedIndexes',
  ],
  hint: 'lower parallelism / maxFailedIndexes, or split the work into several Jobs',
  check(view) {
    if (!isIndexed(view)) return [];
    const out: Finding[] = [];
    const parallelism = asInt(view.spec.parallelism);
    const completions = asInt(view.spec.completions);
    if (parallelism !== undefined && parallelism > MAX_PARALLELISM) {
      out.push(invalid(view.at('parallelism'), parallelism, `must be less than or equal to ${MAX_PARALLELISM} when completion mode is ${CompletionMode.INDEXED}`));
    }
    // backoffLimitPerIndex and maxFailedIndexes are dropped while their gate is off.
    if (!validatesField(view, 'backoffLimitPerIndex')) return out;
    const maxFailed = asInt(view.spec.maxFailedIndexes);
    const path = view.at('maxFailedIndexes');
    if (completions !== undefined && maxFailed !== undefined && maxFailed > completions) {
      out.push(invalid(path, maxFailed, 'must be less than or equal to completions'));
    }
    if (maxFailed !== undefined && maxFailed > MAX_FAILED_INDEXES) out.push(invalid(path, maxFailed, `must be less than or equal to ${MAX_FAILED_INDEXES}`));
    if (completions !== undefined && completions > COMPLETIONS_SOFT_LIMIT && isSet(view.spec.backoffLimitPerIndex)) {
      if (!isSet(view.spec.maxFailedIndexes)) out.push(required(path, `must be specified when completions is above ${COMPLETIONS_SOFT_LIMIT}`));
      if (parallelism !== undefined && parallelism > PARALLELISM_LIMIT_HIGH_COMPLETIONS) {
        out.push(invalid(view.at('parallelism'), parallelism, `must be less than or equal to ${PARALLELISM_LIMIT_HIGH_COMPLETIONS} ${HIGH}`));
      }
      if (maxFailed !== undefined && maxFailed > MAX_FAILED_INDEXES_HIGH_COMPLETIONS) {
        out.push(invalid(path, maxFailed, `must be less than or equal to ${MAX_FAILED_INDEXES_HIGH_COMPLETIONS} ${HIGH}`));
      }
    }
    return out;
  },
});
