import { CompletionMode, enumValues } from '../../k8s/enums';
import { unsupported } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';

const ALLOWED: readonly string[] = enumValues(CompletionMode);

/**
 * Rule 30. Read as written: `completionMode: ""` is a non-nil pointer in Go, so it is not
 * defaulted and the server rejects it.
 */
export const completionMode = defineRule({
  id: 'completion-mode',
  severity: 'error',
  summary: 'completionMode must be NonIndexed or Indexed',
  docs: DOCS.completionMode,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.completionMode'],
  refs: ['job.completionMode.allowed'],
  hint: 'set completionMode: NonIndexed or Indexed (case-sensitive)',
  constructHint: 'use CompletionMode.NON_INDEXED or CompletionMode.INDEXED (or IndexedJob)',
  check(view) {
    const value = view.rawSpec.completionMode;
    if (typeof value !== 'string' || ALLOWED.includes(value)) return [];
    return [unsupported(view.at('completionMode'), value, ALLOWED)];
  },
});
