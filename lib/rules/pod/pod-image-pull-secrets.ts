import { goQuote } from '../../k8s/go-text';
import { asArray, asObject } from '../../manifest/access';
import { OMITTED, invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';
import { goString } from '../support/values';

/**
 * core `validateImagePullSecrets`: an entry holds only `name` (the schema already refuses other
 * keys, so this fires on nothing a strict decoder lets through). The create warnings of
 * `GetWarningsForPodTemplate`: an empty name, and a name listed twice.
 */
export const podImagePullSecrets = defineRule({
  id: 'pod-image-pull-secrets',
  severity: 'warning',
  summary: 'imagePullSecrets entries should name a secret, each once',
  docs: POD_DOCS.imagePullSecrets,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.imagePullSecrets'],
  refs: ['warn.pod.template'],
  hint: 'give each imagePullSecrets entry the name of a docker-registry secret, once',
  check(view) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    (asArray(view.podSpec.imagePullSecrets) ?? []).forEach((entry, i) => {
      const name = goString(asObject(entry)?.name) ?? (entry === null ? '' : undefined);
      if (name === undefined) return;
      const path = podAt(view, 'imagePullSecrets', i, 'name');
      if (seen.has(name)) out.push(invalid(path, OMITTED, `duplicate name ${goQuote(name)}`));
      seen.add(name);
      if (name === '') out.push(invalid(path, OMITTED, `invalid empty name ${goQuote(name)}`));
    });
    return out;
  },
});
