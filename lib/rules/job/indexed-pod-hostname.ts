import { asInt } from '../../manifest/access';
import { invalid } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { effectiveName } from '../support/generated-labels';
import { isIndexed } from '../support/job-spec';
import { isDns1123Label } from '../support/names';

/** Rule 11 (ValidateJob): every pod hostname `<name>-<index>` of an Indexed Job must be a DNS label. */
export const indexedPodHostname = defineRule({
  id: 'indexed-pod-hostname',
  severity: 'error',
  summary: 'an Indexed Job name plus "-<completions-1>" must be a DNS-1123 label',
  docs: DOCS.completionMode,
  appliesTo: ['Job'],
  triggers: ['job.completionMode'],
  refs: ['job.indexed.podHostname'],
  hint: 'shorten metadata.name (no dots) so that "<name>-<completions-1>" has at most 63 characters',
  check(view) {
    const completions = asInt(view.spec.completions);
    const name = effectiveName(view) ?? '';
    if (!isIndexed(view) || completions === undefined || completions <= 0) return [];
    const hostname = `${name}-${completions - 1}`;
    if (isDns1123Label(hostname)) return [];
    return [invalid('metadata.name', name, `will not able to create pod with invalid DNS label: ${hostname}`)];
  },
});
