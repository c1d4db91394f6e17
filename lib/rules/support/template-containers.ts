import { asObject } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
import { initThenRegularContainers, type TemplateContainer } from './containers';

/** Init containers, then containers (once per document, shared: do not modify); `visitedContainers` adds the ephemeral ones, as `podshelper.VisitContainersWithPath` does. */
export const allTemplateContainers: (view: JobView) => readonly TemplateContainer[] = initThenRegularContainers;

/** The template's annotations as written (`{}` when absent). */
export function templateAnnotations(view: JobView): Record<string, unknown> {
  return asObject(asObject(asObject(view.rawSpec.template)?.metadata)?.annotations) ?? {};
}

/** A container's `securityContext.<field>` object, when set. */
export function containerSecurityField(c: TemplateContainer, field: string): Record<string, unknown> | undefined {
  return asObject(asObject(c.container.securityContext)?.[field]);
}
