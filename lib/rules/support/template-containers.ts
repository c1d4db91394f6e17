import { asObject } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
import { templateContainers, type TemplateContainer } from './containers';

/** `podshelper.VisitContainersWithPath` order: init containers, then containers (once per document, shared: do not modify). */
export function allTemplateContainers(view: JobView): readonly TemplateContainer[] {
  return view.derived(initThenRegularContainers);
}

function initThenRegularContainers(view: JobView): readonly TemplateContainer[] {
  return [...templateContainers(view, 'initContainers'), ...templateContainers(view, 'containers')];
}

/** The template's annotations as written (`{}` when absent). */
export function templateAnnotations(view: JobView): Record<string, unknown> {
  return asObject(asObject(asObject(view.rawSpec.template)?.metadata)?.annotations) ?? {};
}

/** A container's `securityContext.<field>` object, when set. */
export function containerSecurityField(c: TemplateContainer, field: string): Record<string, unknown> | undefined {
  return asObject(asObject(c.container.securityContext)?.[field]);
}
