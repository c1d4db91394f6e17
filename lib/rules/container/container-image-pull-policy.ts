import { unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';

const PULL_POLICIES: readonly string[] = ['Always', 'IfNotPresent', 'Never'];

/** core validatePullPolicy. An empty or absent policy is defaulted (from the image tag) first. */
export const containerImagePullPolicy = defineRule({
  id: 'container-image-pull-policy',
  severity: 'error',
  summary: 'imagePullPolicy is Always, IfNotPresent or Never',
  docs: DOCS.imagePullPolicy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.imagePullPolicy'],
  refs: ['core.validatePullPolicy'],
  hint: 'use imagePullPolicy: IfNotPresent, Always or Never (case-sensitive), or leave it out',
  check(view) {
    const out: Finding[] = [];
    for (const c of allTemplateContainers(view)) {
      const v = c.container.imagePullPolicy;
      if (typeof v === 'string' && v !== '' && !PULL_POLICIES.includes(v)) out.push(unsupported(c.at('imagePullPolicy'), v, PULL_POLICIES));
    }
    return out;
  },
});
