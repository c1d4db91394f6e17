import { asArray, asString } from '../../manifest/access';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { qualifiedNameErrors } from '../support/names';

/** `helper.IsStandardFinalizerName`: the finalizers Kubernetes itself defines without a domain. */
const STANDARD_FINALIZERS: ReadonlySet<string> = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/**
 * `ValidateFinalizers` (apimachinery, errors at the list: qualified names, not both `orphan` and
 * `foregroundDeletion`) and core `validateKubeFinalizerName` (errors at the item: a name without
 * a '/' must be a standard finalizer).
 */
export const metadataFinalizers = defineRule({
  id: 'metadata-finalizers',
  severity: 'error',
  summary: 'finalizers must be domain-qualified names (example.com/cleanup) or a standard finalizer',
  docs: DOCS.finalizers,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['metadata.finalizers'],
  refs: ['core.ValidateObjectMeta', 'core.validateKubeFinalizerName'],
  hint: 'prefix the finalizer with the domain of the controller that removes it, e.g. example.com/cleanup',
  check({ metadata, version }) {
    const names = (asArray(metadata.finalizers) ?? []).map((f) => asString(f));
    const out: Finding[] = [];
    for (const name of names) {
      if (name === undefined) continue;
      for (const msg of qualifiedNameErrors(name, version)) out.push(invalid('metadata.finalizers', name, msg));
    }
    if (names.includes('orphan') && names.includes('foregroundDeletion')) {
      out.push(invalid('metadata.finalizers', names, 'finalizer orphan and foregroundDeletion cannot be both set', { hint: 'keep one of orphan and foregroundDeletion' }));
    }
    names.forEach((name, i) => {
      if (name !== undefined && !name.includes('/') && !STANDARD_FINALIZERS.has(name)) {
        out.push(invalid(`metadata.finalizers[${i}]`, name, 'name is neither a standard finalizer name nor is it fully qualified'));
      }
    });
    return out;
  },
});
