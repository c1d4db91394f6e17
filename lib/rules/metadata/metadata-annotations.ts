import { LAST_APPLIED_ANNOTATION, lastAppliedAnnotationExceeds } from '../../k8s/last-applied';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validateAnnotations } from '../support/labels';

const LAST_APPLIED_HINT =
  `kubectl apply copies the whole manifest into the ${LAST_APPLIED_ANNOTATION} annotation, which takes the total over the limit: ` +
  'apply it with kubectl apply --server-side or kubectl create, or move large values to a ConfigMap';

/**
 * Rule 6: `ValidateAnnotations`: qualified-name keys, 256 KiB in total. A manifest with a name
 * reaches the server through `kubectl apply` with the last-applied annotation added, a copy of
 * the whole manifest, which counts towards the limit (the classic "Too long" of large objects).
 */
export const metadataAnnotations = defineRule({
  id: 'metadata-annotations',
  severity: 'error',
  summary: 'annotation keys must be qualified names and all annotations together at most 262144 bytes',
  docs: DOCS.annotations,
  appliesTo: ['Job', 'CronJob'],
  refs: ['meta.annotations.size'],
  hint: 'move large data to a ConfigMap and mount it; keep annotation keys like example.com/my-key',
  check({ metadata, manifest, version }) {
    const added = { key: LAST_APPLIED_ANNOTATION, exceeds: (room: number) => lastAppliedAnnotationExceeds(manifest, room), hint: LAST_APPLIED_HINT };
    return validateAnnotations(metadata.annotations, 'metadata.annotations', version, added);
  },
});
