import type { JobView } from '../../manifest/job-view';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { checkResourceRequirements, isExtended, isHugePages, isNative, resourceNameErrors } from '../support/resources';

const CONTAINER_STANDARD: ReadonlySet<string> = new Set(['cpu', 'memory', 'ephemeral-storage']);

/** core validateContainerResourceName (validateResourceName first). */
function containerResourceName(name: string, at: (name: string) => string, view: JobView, out: Finding[]): void {
  const errs = resourceNameErrors(name, view);
  if (!name.includes('/')) {
    if (!CONTAINER_STANDARD.has(name) && !isHugePages(name)) errs.push('must be a standard resource for containers');
  } else if (!isNative(name) && !isExtended(name, view)) {
    errs.push("doesn't follow extended resource name standard");
  }
  for (const e of errs) out.push(invalid(at(name), name, e));
}

/**
 * core ValidateContainerResourceRequirements: quantities compared exactly as the server parses
 * them (text that does not parse is a decoding error, reported with the schema) and not negative, resource names standard or extended (`example.com/gpu`), extended resources whole
 * numbers with requests equal to limits, requests not above limits, hugepages whole pages and
 * alongside cpu or memory, and `claims` naming the pod's resourceClaims.
 */
export const containerResources = defineRule({
  id: 'container-resources',
  severity: 'error',
  summary: 'container resources use valid names and quantities, with requests not above limits',
  docs: DOCS.resources,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.resources'],
  refs: ['core.ValidateContainerResourceRequirements'],
  hint: 'use quantities such as 500m or 1Gi, keep each request at or below its limit, and give extended resources (example.com/gpu) equal whole-number requests and limits',
  check(view) {
    const out: Finding[] = [];
    const containers = allTemplateContainers(view);
    for (let i = 0; i < containers.length; i++) {
      const c = containers[i];
      if (c.container.resources) checkResourceRequirements(c.container.resources, (...segments) => c.path('resources', ...segments), containerResourceName, view, out);
    }
    return out;
  },
});
