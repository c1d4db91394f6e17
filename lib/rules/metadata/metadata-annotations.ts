import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validateAnnotations } from '../support/labels';

/** Rule 6: `ValidateAnnotations`: qualified-name keys, 256 KiB in total. */
export const metadataAnnotations = defineRule({
  id: 'metadata-annotations',
  severity: 'error',
  summary: 'annotation keys must be qualified names and all annotations together at most 262144 bytes',
  docs: DOCS.annotations,
  appliesTo: ['Job', 'CronJob'],
  refs: ['meta.annotations.size'],
  hint: 'move large data to a ConfigMap and mount it; keep annotation keys like example.com/my-key',
  check: ({ metadata, version }) => validateAnnotations(metadata.annotations, 'metadata.annotations', version),
});
