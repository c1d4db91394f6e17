import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { displayLabels, preparedSelector, preparedTemplateLabels, selectsOnlyGeneratedLabels } from '../support/generated-labels';
import { parseLabelSelector, selectorMatches, validateLabelSelector } from '../support/label-selector';

/**
 * Rules 13 and 14 (ValidateJobSpec): the selector (after PrepareForCreate) must be well formed
 * and select the template labels (after PrepareForCreate). A nil selector selects nothing, so
 * `manualSelector: true` without a selector fails here too, as on the server.
 */
export const selectorMatchesTemplate = defineRule({
  id: 'selector-matches-template',
  severity: 'error',
  summary: 'the Job selector must be valid and match the pod template labels',
  docs: DOCS.ownSelector,
  appliesTo: ['Job'],
  refs: ['job.selector.valid', 'job.selector.matchesTemplate'],
  hint: 'add the selector labels to spec.template.metadata.labels, or drop the selector and manualSelector',
  check(view) {
    if (selectsOnlyGeneratedLabels(view)) return [];
    const selector = preparedSelector(view);
    const out: Finding[] = validateLabelSelector(selector, view.at('selector'), view.version);
    const parsed = parseLabelSelector(selector);
    const labels = preparedTemplateLabels(view);
    if (parsed !== undefined && !selectorMatches(parsed, labels)) {
      out.push(invalid(view.at('template', 'metadata', 'labels'), displayLabels(labels), '`selector` does not match template `labels`'));
    }
    return out;
  },
});
