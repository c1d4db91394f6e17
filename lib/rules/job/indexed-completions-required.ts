import { CompletionMode } from '../../k8s/enums';
import { required } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { isIndexed } from '../support/job-spec';
import { isSet } from '../support/values';

/**
 * Rule 31. A Job without completions and parallelism is defaulted to 1/1, so this fires for a
 * Job only when parallelism is set; a CronJob's template is not defaulted, so it fires there
 * whenever completions is missing.
 */
export const indexedCompletionsRequired = defineRule({
  id: 'indexed-completions-required',
  severity: 'error',
  summary: 'an Indexed Job needs completions',
  docs: DOCS.completionMode,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.completionMode'],
  refs: ['job.indexed.completionsRequired'],
  hint: 'set completions (the number of indexes), or use completionMode: NonIndexed for a work queue',
  constructHint: 'set completions, or use WorkQueueJob for a work queue',
  check(view) {
    if (!isIndexed(view) || isSet(view.spec.completions)) return [];
    return [required(view.at('completions'), `when completion mode is ${CompletionMode.INDEXED}`)];
  },
});
