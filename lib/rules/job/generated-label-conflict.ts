import { key } from '../../manifest/field-path';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import {
  GENERATED_LABEL_KEYS,
  PLACEHOLDER_UID,
  displayLabels,
  expectedGeneratedLabels,
  isManualSelector,
  preparedTemplateLabels,
  writtenTemplateLabels,
} from '../support/generated-labels';

/**
 * Rule 16 (validateGeneratedSelector → ValidateHasLabel): user-set values of the generated
 * template labels are kept by PrepareForCreate and must equal the Job's name / uid. The uid is
 * not known before create, so any user-set uid label fails.
 */
export const generatedLabelConflict = defineRule({
  id: 'generated-label-conflict',
  severity: 'error',
  summary: 'the template must not set job-name or controller-uid labels to other values than the server generates',
  docs: DOCS.podSelector,
  appliesTo: ['Job'],
  refs: ['job.template.generatedLabelConflict'],
  hint: 'remove job-name, batch.kubernetes.io/job-name, controller-uid and batch.kubernetes.io/controller-uid from the template labels',
  check(view) {
    if (isManualSelector(view)) return [];
    const written = writtenTemplateLabels(view);
    const expected = expectedGeneratedLabels(view);
    const out: Finding[] = [];
    for (let i = 0; i < GENERATED_LABEL_KEYS.length; i++) {
      const k = GENERATED_LABEL_KEYS[i];
      if (!(k in written) || written[k] === expected[k]) continue;
      const want = expected[k] === PLACEHOLDER_UID ? '<uid>' : expected[k];
      out.push(invalid(view.at('template', 'metadata', 'labels', key(k)), displayLabels(preparedTemplateLabels(view)), `must be '${want}'`));
    }
    return out;
  },
});
