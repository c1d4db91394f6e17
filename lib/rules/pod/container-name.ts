import { duplicate, invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { initThenRegularContainers, templateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { dns1123LabelErrors } from '../support/names';
import { goString } from '../support/values';

/**
 * Rules 92–93 (core validateContainerCommon, validateContainers, validateInitContainers): names
 * are DNS labels, unique among containers (an empty name counts too), and an init container may
 * not reuse any earlier name.
 */
export const containerName = defineRule({
  id: 'container-name',
  severity: 'error',
  summary: 'container names must be unique DNS-1123 labels',
  docs: DOCS.dnsLabelNames,
  appliesTo: ['Job', 'CronJob'],
  refs: ['pod.container.name', 'pod.container.nameUnique'],
  hint: "use lower case letters, digits and '-' (at most 63), a different name for each container",
  check(view) {
    const out: Finding[] = [];
    const names = new Set<string>();
    const regular = templateContainers(view, 'containers');
    const init = templateContainers(view, 'initContainers');
    const all = initThenRegularContainers(view);
    for (let i = 0; i < all.length; i++) {
      const c = all[i];
      const name = goString(c.container.name);
      if (name === undefined) continue;
      if (name === '') out.push(required(c.at('name')));
      else for (const msg of dns1123LabelErrors(name)) out.push(invalid(c.at('name'), name, msg));
    }
    for (let i = 0; i < regular.length; i++) {
      const c = regular[i];
      const name = goString(c.container.name) ?? '';
      if (names.has(name)) out.push(duplicate(c.at('name'), name));
      else names.add(name);
    }
    for (let i = 0; i < init.length; i++) {
      const c = init[i];
      const name = goString(c.container.name) ?? '';
      if (names.has(name)) out.push(duplicate(c.at('name'), name));
      else if (name.length > 0) names.add(name);
    }
    return out;
  },
});
