import { compareQuantities, isWholeQuantity, parseQuantity, quantityValue, type Quantity } from '../../k8s/quantity';
import type { JobView } from '../../manifest/job-view';
import { isAtLeast } from '../../versions';
import { key, type PathSegment } from '../../manifest/field-path';
import { asObject } from '../../manifest/access';
import { duplicate, forbidden, invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { qualifiedNameErrors } from '../support/names';
import { goString, objectsOf } from '../support/values';

const HUGEPAGES = 'hugepages-';
const CLAIMS_SINCE = '1.34';
const CONTAINER_STANDARD: ReadonlySet<string> = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD: ReadonlySet<string> = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu',
  'limits.memory', 'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets',
  'configmaps', 'persistentvolumeclaims', 'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);
const INTEGER: ReadonlySet<string> = new Set([
  'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers',
]);
const NOT_INTEGER = 'must be an integer';

const isHugePages = (name: string) => name.startsWith(HUGEPAGES);
const isNative = (name: string) => !name.includes('/') || name.includes('kubernetes.io/');
const overcommitAllowed = (name: string) => isNative(name) && !isHugePages(name);

function isExtended(name: string, view: JobView): boolean {
  if (isNative(name) || name.startsWith('requests.')) return false;
  return qualifiedNameErrors(`requests.${name}`, view.version).length === 0;
}

/** core validateContainerResourceName (validateResourceName first). */
function resourceNameErrors(name: string, view: JobView): string[] {
  const errs = qualifiedNameErrors(name, view.version);
  const unqualified = !name.includes('/');
  if (errs.length === 0 && unqualified && !STANDARD.has(name) && !isHugePages(name) && !name.startsWith(`requests.${HUGEPAGES}`)) {
    errs.push('must be a standard resource type or fully qualified');
  }
  if (unqualified) {
    if (!CONTAINER_STANDARD.has(name) && !isHugePages(name)) errs.push('must be a standard resource for containers');
  } else if (!isNative(name) && !isExtended(name, view)) {
    errs.push("doesn't follow extended resource name standard");
  }
  return errs;
}

/** core validateResourceClaimNames: each claim names one of the pod's `resourceClaims`, once. */
function checkClaims(claims: unknown, base: (...s: PathSegment[]) => string, podClaims: ReadonlySet<string>, out: Finding[]): void {
  const seen = new Set<string>();
  for (const { item, index } of objectsOf(claims)) {
    const name = goString(item.name);
    if (name === undefined) continue;
    if (name === '') {
      out.push(required(base('claims', index)));
      continue;
    }
    const request = goString(item.request) ?? '';
    const entry = request ? `${name}/${request}` : name;
    if (seen.has(name) || seen.has(entry)) out.push(duplicate(base('claims', index), seen.has(name) ? name : entry));
    seen.add(entry);
    if (!podClaims.has(name)) {
      const known = [...podClaims].sort();
      const detail = `must be one of the names in pod.spec.resourceClaims${known.length === 0 ? ' which is empty' : `: ${known.join(', ')}`}`;
      out.push({ path: base('claims', index), type: 'Not found', value: name, detail });
    }
  }
}

/** Names of the pod's `resourceClaims`. */
export function podClaimNames(view: JobView): Set<string> {
  const names = new Set<string>();
  for (const { item } of objectsOf(view.podSpec.resourceClaims)) if (typeof item.name === 'string') names.add(item.name);
  return names;
}

/** Whether a hugepages quantity is a whole multiple of its page size (`IsHugePageResourceValueDivisible`). */
function divisibleHugePages(name: string, q: Quantity): boolean {
  const page = parseQuantity(name.slice(HUGEPAGES.length));
  if (!page.ok || page.quantity.sign <= 0 || !isWholeQuantity(page.quantity)) return false;
  return quantityValue(q) % quantityValue(page.quantity) === 0n;
}

interface Side {
  readonly values: Map<string, Quantity>;
  hasCpuOrMemory: boolean;
  hasHugePages: boolean;
}

/** Parses and checks one of `limits`/`requests`. */
function readSide(list: unknown, at: (name: string) => string, view: JobView, out: Finding[]): Side {
  const side: Side = { values: new Map(), hasCpuOrMemory: false, hasHugePages: false };
  const obj = asObject(list);
  if (!obj) return side;
  for (const [name, raw] of Object.entries(obj)) {
    if (typeof raw !== 'string' && typeof raw !== 'number') continue; // the schema reports other types
    const parsed = parseQuantity(raw);
    // Unparseable text is refused while decoding, before validation: the schema layer reports it.
    if (!parsed.ok) continue;
    const q = parsed.quantity;
    side.values.set(name, q);
    for (const e of resourceNameErrors(name, view)) out.push(invalid(at(name), name, e));
    if (q.sign < 0) out.push(invalid(at(name), q.text, 'must be greater than or equal to 0'));
    if ((INTEGER.has(name) || isExtended(name, view)) && !isWholeQuantity(q)) out.push(invalid(at(name), q.text, NOT_INTEGER));
    if (isHugePages(name)) {
      side.hasHugePages = true;
      if (!divisibleHugePages(name, q)) out.push(invalid(at(name), q.text, `${q.text} is not positive integer multiple of ${name}`));
    }
    if (name === 'cpu' || name === 'memory') side.hasCpuOrMemory = true;
  }
  return side;
}

/** core validateResourceRequirements for one `resources` object. */
export function checkResourceRequirements(resources: unknown, base: (...s: PathSegment[]) => string, view: JobView, out: Finding[]): void {
  const res = asObject(resources);
  if (!res) return;
  const limits = readSide(res.limits, (n) => base('limits', key(n)), view, out);
  const requests = readSide(res.requests, (n) => base('requests', key(n)), view, out);
  for (const [name, req] of requests.values) {
    const limit = limits.values.get(name);
    if (limit) {
      const cmp = compareQuantities(req, limit);
      if (cmp !== 0 && !overcommitAllowed(name)) out.push(invalid(base('requests'), req.text, `must be equal to ${name} limit of ${limit.text}`));
      else if (cmp > 0) out.push(invalid(base('requests'), req.text, `must be less than or equal to ${name} limit of ${limit.text}`));
    } else if (!overcommitAllowed(name)) {
      out.push(required(base('limits'), 'Limit must be set for non overcommitable resources'));
    }
  }
  if (!limits.hasCpuOrMemory && !requests.hasCpuOrMemory && (limits.hasHugePages || requests.hasHugePages)) {
    out.push(forbidden(base(), 'HugePages require cpu or memory'));
  }
  // DynamicResourceAllocation is on by default from 1.34; before, claims are dropped on create.
  if (res.claims && isAtLeast(view.version, CLAIMS_SINCE)) checkClaims(res.claims, base, podClaimNames(view), out);
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
  refs: ['core.ValidateContainerResourceRequirements'],
  hint: 'use quantities such as 500m or 1Gi, keep each request at or below its limit, and give extended resources (example.com/gpu) equal whole-number requests and limits',
  check(view) {
    const out: Finding[] = [];
    for (const c of allTemplateContainers(view)) {
      if (c.container.resources) checkResourceRequirements(c.container.resources, c.path.bind(null, 'resources'), view, out);
    }
    return out;
  },
});
