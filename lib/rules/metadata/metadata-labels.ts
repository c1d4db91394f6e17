import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validateLabels } from '../support/labels';

/** Rule 5: `ValidateLabels` on the object's own labels. */
export const metadataLabels = defineRule({
  id: 'metadata-labels',
  severity: 'error',
  summary: 'label keys must be qualified names and label values at most 63 alphanumeric, -, _ or . characters',
  docs: DOCS.labels,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['metadata.labels'],
  refs: ['meta.labels.valid'],
  hint: "shorten the value to 63 characters and use only letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
  // After defaulting: a Job without labels gets its template's labels (SetDefaults_Job), and the
  // server then validates them here as well as at spec.template.labels.
  check: ({ metadata, version }) => validateLabels(metadata.labels, 'metadata.labels', version),
});
