import { asString } from '../../manifest/access';
import { invalid } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { dns1123LabelErrors } from '../support/names';
import { placeholderHint } from '../support/placeholders';

/**
 * `ValidateObjectMetaAccessor` with `requiresNamespace`: Jobs and CronJobs are namespaced, and the
 * namespace must be a DNS-1123 label (`ValidateNamespaceName`). An empty namespace is not an error:
 * kubectl and the API path fill in the namespace of the request.
 */
export const metadataNamespace = defineRule({
  id: 'metadata-namespace',
  severity: 'error',
  summary: 'metadata.namespace must be a lowercase RFC 1123 label of at most 63 characters',
  docs: DOCS.namespaces,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['metadata.namespace'],
  refs: ['core.ValidateObjectMeta'],
  hint: "use lower case letters, digits and '-' (no dots or underscores), starting and ending with a letter or digit, at most 63 characters",
  check({ metadata }) {
    const namespace = asString(metadata.namespace);
    if (!namespace) return [];
    const hint = placeholderHint(namespace);
    return dns1123LabelErrors(namespace).map((msg) => invalid('metadata.namespace', namespace, msg, hint ? { hint } : {}));
  },
});
