import { asArray, asObject } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
import type { PathSegment } from '../../manifest/field-path';

/** Which list a container comes from. */
export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

/** One container of the pod template, with its list, index and field path. */
export interface TemplateContainer {
  readonly container: Record<string, unknown>;
  readonly list: ContainerList;
  readonly index: number;
  /** Path of a field of this container: `spec.template.spec.containers[0].name` (a method: call it on the container). */
  at(field: string): string;
  /** Path of anything under this container: `path('ports', 0, 'name')` (a method). */
  path(...segments: PathSegment[]): string;
}

/**
 * The template's containers of one list (non-objects skipped: the schema reports them). Built
 * once per linted document and shared by every rule (`JobView.derived`): do not modify.
 */
export function templateContainers(view: JobView, list: ContainerList): readonly TemplateContainer[] {
  return view.derived(podContainers)[list];
}

/** Regular containers then init containers (sidecars included), as the server validates them. */
export function allTemplateContainers(view: JobView): readonly TemplateContainer[] {
  return view.derived(podContainers).regularThenInit;
}

/** Init containers, then containers (shared: do not modify); ephemeral containers are not in it. */
export function initThenRegularContainers(view: JobView): readonly TemplateContainer[] {
  return view.derived(podContainers).initThenRegular;
}

/**
 * `podshelper.VisitContainersWithPath`: init containers, containers, then ephemeral containers
 * (a template may not have any, but the server still counts them). Shared: do not modify.
 */
export function visitedContainers(view: JobView): readonly TemplateContainer[] {
  return view.derived(podContainers).visited;
}

/** Both lists and the two orders rules walk them in, made in one pass per document. */
interface PodContainers {
  readonly containers: readonly TemplateContainer[];
  readonly initContainers: readonly TemplateContainer[];
  readonly ephemeralContainers: readonly TemplateContainer[];
  readonly regularThenInit: readonly TemplateContainer[];
  readonly initThenRegular: readonly TemplateContainer[];
  readonly visited: readonly TemplateContainer[];
}

function podContainers(view: JobView): PodContainers {
  const containers = containersOf(view, 'containers');
  const initContainers = containersOf(view, 'initContainers');
  // Most templates have no init containers: then both orders are the one list.
  const regularThenInit = initContainers.length === 0 ? containers : [...containers, ...initContainers];
  const initThenRegular = initContainers.length === 0 ? containers : [...initContainers, ...containers];
  const ephemeralContainers = containersOf(view, 'ephemeralContainers');
  const visited = ephemeralContainers.length === 0 ? initThenRegular : [...initThenRegular, ...ephemeralContainers];
  return { containers, initContainers, ephemeralContainers, regularThenInit, initThenRegular, visited };
}

function containersOf(view: JobView, list: ContainerList): TemplateContainer[] {
  const out: TemplateContainer[] = [];
  const items = asArray(view.podSpec[list]);
  if (!items) return out;
  for (let index = 0; index < items.length; index++) {
    const container = asObject(items[index]);
    if (container) out.push(new PodContainer(container, list, index, view));
  }
  return out;
}

/** A class, not a literal with two closures: every linted container is one, most of whose paths are never built. */
class PodContainer implements TemplateContainer {
  constructor(
    readonly container: Record<string, unknown>,
    readonly list: ContainerList,
    readonly index: number,
    private readonly view: JobView,
  ) {}

  at(field: string): string {
    return this.view.at('template', 'spec', this.list, this.index, field);
  }

  path(...segments: PathSegment[]): string {
    return this.view.at('template', 'spec', this.list, this.index, ...segments);
  }
}

/** An init container with `restartPolicy: Always` (a sidecar). */
export function isSidecar(c: TemplateContainer): boolean {
  return c.list === 'initContainers' && c.container.restartPolicy === 'Always';
}
