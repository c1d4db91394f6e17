import { asInt } from '../../manifest/access';
import { OMITTED, invalid } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { isIndexed } from '../support/job-spec';

const COMPLETIONS_SOFT_LIMIT = 100_000;
const PARALLELISM_SOFT_LIMIT = 10_000;

/** The create warning of `pkg/api/job/warnings.go` WarningsForJobSpec (section 5.6). */
export const indexedHighCompletions = defineRule({
  id: 'indexed-high-completions',
  severity: 'warning',
  summary: 'an Indexed Job with more than 100000 completions should keep parallelism at 10000 or less',
  docs: DOCS.completionMode,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.completionMode'],
  refs: ['warn.indexed.highCompletionsParallelism'],
  hint: 'lower parallelism to 10000 or split the work into several Jobs',
  check(view) {
    const completions = asInt(view.spec.completions) ?? 0;
    const parallelism = asInt(view.spec.parallelism) ?? 0;
    if (!isIndexed(view) || completions <= COMPLETIONS_SOFT_LIMIT || parallelism <= PARALLELISM_SOFT_LIMIT) return [];
    return [
      invalid(
        view.specPath,
        OMITTED,
        'In Indexed Jobs with a number of completions higher than 10^5 and a parallelism higher than 10^4, Kubernetes might not be able to track completedIndexes when a big number of indexes fail',
      ),
    ];
  },
});
