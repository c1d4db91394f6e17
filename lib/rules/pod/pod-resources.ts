import { addQuantities, compareQuantities, type Quantity } from '../../k8s/quantity';
import { asObject } from '../../manifest/access';
import { key, type PathSegment } from '../../manifest/field-path';
import type { JobView } from '../../manifest/job-view';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { forbidden, invalid, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { templateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { checkResourceRequirements, isHugePages, quantitiesOf, resourceNameErrors } from '../support/resources';
import { isSet } from '../support/values';

/** PodLevelResources: the field arrives in 1.32 (alpha, off: dropped on create), beta and on from 1.34. */
const FIELD_ADDED: KubernetesVersion = '1.32';
const GATE_ON: KubernetesVersion = '1.34';
/** `resourcehelper.SupportedPodLevelResources()`, sorted as the server lists them. */
const SUPPORTED: readonly string[] = ['cpu', 'hugepages-', 'memory'];

/** core validatePodResourceName: validateResourceName, then cpu, memory or hugepages-*. */
function podResourceName(name: string, at: (name: string) => string, view: JobView, out: Finding[]): void {
  const errs = resourceNameErrors(name, view);
  if (errs.length > 0) for (const e of errs) out.push(invalid(at(name), name, e));
  else if (name !== 'cpu' && name !== 'memory' && !isHugePages(name)) out.push(unsupported(at(name), name, SUPPORTED));
}

type Totals = Map<string, Quantity>;

function add(into: Totals, from: Totals): void {
  for (const [name, q] of from) {
    const have = into.get(name);
    into.set(name, have ? addQuantities(have, q) : q);
  }
}

function max(into: Totals, from: Totals): void {
  for (const [name, q] of from) {
    const have = into.get(name);
    if (!have || compareQuantities(q, have) > 0) into.set(name, q);
  }
}

/**
 * `resourcehelper.AggregateContainerRequests`/`AggregateContainerLimits` of a template (no
 * defaulting: a template's containers keep requests as written): the sum over containers and
 * sidecars, or the largest init container plus the sidecars before it, whichever is larger.
 */
function aggregate(view: JobView, side: 'requests' | 'limits'): Totals {
  const of = (c: Record<string, unknown>) => quantitiesOf(asObject(c.resources)?.[side]);
  const total: Totals = new Map();
  for (const c of templateContainers(view, 'containers')) add(total, of(c.container));
  const sidecars: Totals = new Map();
  const init: Totals = new Map();
  for (const c of templateContainers(view, 'initContainers')) {
    const own = of(c.container);
    if (c.container.restartPolicy === 'Always') {
      add(total, own);
      add(sidecars, own);
      max(init, sidecars);
    } else {
      const running: Totals = new Map(own);
      add(running, sidecars);
      max(init, running);
    }
  }
  max(total, init);
  return total;
}

/** core validatePodResourceConsistency. */
function checkConsistency(view: JobView, podRequests: Totals, podLimits: Totals, out: Finding[]): void {
  const at = (...s: PathSegment[]) => view.at('template', 'spec', 'resources', ...s);
  for (const [name, total] of aggregate(view, 'requests')) {
    const pod = podRequests.get(name);
    if (pod && compareQuantities(total, pod) > 0) {
      out.push(invalid(at('requests', key(name)), pod.text, `must be greater than or equal to aggregate container requests of ${total.text}`));
    }
  }
  for (const [name, total] of aggregate(view, 'limits')) {
    const pod = podLimits.get(name);
    if (isHugePages(name) && pod && compareQuantities(total, pod) > 0) {
      out.push(invalid(at('limits', key(name)), pod.text, `must be greater than or equal to aggregate container limits of ${total.text}`));
    }
  }
  for (const c of templateContainers(view, 'containers')) {
    for (const [name, limit] of quantitiesOf(asObject(c.container.resources)?.limits)) {
      const pod = podLimits.get(name);
      if (pod && compareQuantities(limit, pod) > 0) {
        out.push(invalid(at('containers', c.index, key(name), 'limits'), limit.text, `must be less than or equal to pod limits of ${pod.text}`));
      }
    }
  }
}

/**
 * core validatePodResources (PodLevelResources): pod-level `resources` only on Linux pods, no
 * `claims`, names cpu, memory or hugepages-*, quantities and requests-versus-limits as for a
 * container; pod requests at least the containers' aggregate requests, pod hugepages limits at
 * least their aggregate limits, and no container limit above the pod's. On 1.32 and 1.33 the gate
 * is off and the server drops the field silently: a warning.
 */
export const podResources = defineRule({
  id: 'pod-resources',
  severity: 'error',
  summary: 'pod-level resources name cpu, memory or hugepages and cover what the containers request',
  docs: DOCS.podLevelResources,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.resources'],
  refs: ['core.validatePodResources', 'core.validatePodResourceConsistency'],
  hint: 'set pod-level requests at or above the sum of the container requests, keep each container limit at or below the pod limit, and use only cpu, memory and hugepages-<size>',
  check(view) {
    const resources = view.podSpec.resources;
    if (!isSet(resources) || !isAtLeast(view.version, FIELD_ADDED)) return [];
    const base = view.at('template', 'spec', 'resources');
    if (!isAtLeast(view.version, GATE_ON)) {
      const detail = `not honoured on Kubernetes ${view.version}: feature gate PodLevelResources is off by default, so the API server drops the field silently; it takes effect from Kubernetes ${GATE_ON}`;
      return [forbidden(base, detail, { severity: 'warning', hint: 'remove spec.resources and set resources on each container, or target Kubernetes 1.34 or later' })];
    }
    const res = asObject(resources);
    if (!res) return [];
    if (asObject(view.podSpec.os)?.name === 'windows') return [forbidden(base, 'may not be set for a windows pod', { hint: 'remove spec.resources from a Windows pod and set resources on each container' })];
    const out: Finding[] = [];
    if (isSet(res.claims)) out.push(forbidden(`${base}.claims`, 'claims may not be set for Resources at pod-level', { hint: 'reference resource claims from the containers that use them, not from spec.resources' }));
    checkResourceRequirements(res, (...s) => view.at('template', 'spec', 'resources', ...s), podResourceName, view, out);
    checkConsistency(view, quantitiesOf(res.requests), quantitiesOf(res.limits), out);
    return out;
  },
});
