import { asArray } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
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
}

/** The template's containers of one list (non-objects skipped: the schema reports them). */
export function templateContainers(view: JobView, list: ContainerList): TemplateContainer[] {
  return objectsOf(asArray(view.podSpec[list])).map(({ item, index }) => ({
    container: item,
    list,
    index,
    at: (field: string) => view.at('template', 'spec', list, index, field),
  }));
}
