import { invalid, required } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { displaySelector, expectedGeneratedLabels, isManualSelector, preparedSelector } from '../support/generated-labels';
import { parseLabelSelector, selectorMatches } from '../support/label-selector';
import { isSet } from '../support/values';

/**
 * Rules 12 and 15. Without `manualSelector: true` the server keeps a user selector, adds
 * `batch.kubernetes.io/controller-uid`, and requires it to match the *generated* labels
 * (kubernetes `pkg/apis/batch/validation/validation.go` validateGeneratedSelector). So
 * `{job-name: <own name>}` is accepted (warning: it is redundant), `{app: x}` is not.
 */
export const manualSelectorRequired = defineRule({
  id: 'manual-selector-required',
  severity: 'error',
  summary: 'a Job selector needs manualSelector true, and manualSelector true needs a selector',
  docs: DOCS.ownSelector,
  appliesTo: ['Job'],
  triggers: ['job.manualSelector', 'job.selector'],
  refs: ['job.selector.required', 'job.selector.manualRequired'],
  hint: 'remove spec.selector and let the API server generate it, or set manualSelector: true and label the template to match',
  check(view) {
    const selectorPath = view.at('selector');
    if (isManualSelector(view)) return isSet(view.spec.selector) ? [] : [required(selectorPath)];
    if (!isSet(view.spec.selector)) return [];
    const prepared = preparedSelector(view);
    const parsed = parseLabelSelector(prepared);
    if (parsed === undefined) return [];
    if (!selectorMatches(parsed, expectedGeneratedLabels(view))) {
      return [invalid(selectorPath, displaySelector(prepared), '`selector` not auto-generated')];
    }
    return [
      invalid(selectorPath, view.spec.selector, 'matches only the labels the API server generates, so it has no effect', {
        severity: 'warning',
        hint: 'remove spec.selector: the API server generates an equivalent one',
      }),
    ];
  },
});
