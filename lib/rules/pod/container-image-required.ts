import { required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';

/**
 * Rule 94 (core validateContainerCommon). `image:` with no value decodes as "" (Go reads null as
 * the zero value), so it fails here rather than in the schema.
 */
export const containerImageRequired = defineRule({
  id: 'container-image-required',
  severity: 'error',
  summary: 'every container needs an image',
  docs: DOCS.containers,
  appliesTo: ['Job', 'CronJob'],
  refs: ['pod.container.image'],
  hint: 'set image on the container, e.g. image: "busybox:1.36"',
  check(view) {
    const out: Finding[] = [];
    const containers = allTemplateContainers(view);
    for (let i = 0; i < containers.length; i++) {
      const c = containers[i];
      const image = c.container.image;
      if (image === undefined || image === null || image === '') out.push(required(c.at('image')));
    }
    return out;
  },
});
