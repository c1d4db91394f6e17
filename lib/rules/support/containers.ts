import { asArray } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
import type { PathSegment } from '../../manifest/field-path';
import { objectsOf } from './values';

/** Which list a container comes from. */
export type ContainerList = 'containers' | 'initContainers';

/** One container of the pod template, with its list, index and field path. */
export interface TemplateContainer {
  readonly container: Record<string, unknown>;
  readonly list: ContainerList;
  readonly index: number;
  /** Path of a field of this container: `spec.template.spec.containers[0].name`. */
  readonly at: (field: string) => string;
  /** Path of anything under this container: `path('ports', 0, 'name')`. */
  readonly path: (...segments: PathSegment[]) => string;
}

/**
 * The template's containers of one list (non-objects skipped: the schema reports them). Built
 * once per linted document and shared by every rule (`JobView.derived`): do not modify.
 */
export function templateContainers(view: JobView, list: ContainerList): readonly TemplateContainer[] {
  return view.derived(list === 'containers' ? regularContainers : initContainers);
}

/** Regular containers then init containers (sidecars included), as the server validates them. */
export function allTemplateContainers(view: JobView): readonly TemplateContainer[] {
  return view.derived(regularThenInitContainers);
}

function regularContainers(view: JobView): readonly TemplateContainer[] {
  return containersOf(view, 'containers');
}

function initContainers(view: JobView): readonly TemplateContainer[] {
  return containersOf(view, 'initContainers');
}

function regularThenInitContainers(view: JobView): readonly TemplateContainer[] {
  return [...templateContainers(view, 'containers'), ...templateContainers(view, 'initContainers')];
}

function containersOf(view: JobView, list: ContainerList): TemplateContainer[] {
  return objectsOf(asArray(view.podSpec[list])).map(({ item, index }) => ({
    container: item,
    list,
    index,
    at: (field: string) => view.at('template', 'spec', list, index, field),
    path: (...segments: PathSegment[]) => view.at('template', 'spec', list, index, ...segments),
  }));
}

/** An init container with `restartPolicy: Always` (a sidecar). */
export function isSidecar(c: TemplateContainer): boolean {
  return c.list === 'initContainers' && c.container.restartPolicy === 'Always';
}
