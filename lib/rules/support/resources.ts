/**
 * core validateResourceRequirements and its helpers, shared by container `resources`
 * (container-resources) and pod-level `resources` (pod-resources): the two differ only in which
 * resource names they allow.
 */
import { compareQuantities, isWholeQuantity, parseQuantity, quantityValue, type Quantity } from '../../k8s/quantity';
import { asObject } from '../../manifest/access';
import { key, type PathSegment } from '../../manifest/field-path';
import type { JobView } from '../../manifest/job-view';
import { isAtLeast } from '../../versions';
import { duplicate, forbidden, invalid, required, type Finding } from '../findings';
import { qualifiedNameErrors } from './names';
import { goString, objectsOf } from './values';

export const HUGEPAGES = 'hugepages-';
/** DynamicResourceAllocation is on by default from 1.34; before, claims are dropped on create. */
const CLAIMS_SINCE = '1.34';
/** `helper.standardResources`: the one-word names the server knows (quota names included). */
const STANDARD: ReadonlySet<string> = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu',
  'limits.memory', 'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets',
  'configmaps', 'persistentvolumeclaims', 'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);
const INTEGER: ReadonlySet<string> = new Set([
  'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers',
]);
const NOT_INTEGER = 'must be an integer';

export const isHugePages = (name: string): boolean => name.startsWith(HUGEPAGES);
export const isNative = (name: string): boolean => !name.includes('/') || name.includes('kubernetes.io/');
/** `helper.IsOvercommitAllowed`: native and not hugepages. */
export const overcommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);

/** `helper.IsExtendedResourceName`. */
export function isExtended(name: string, view: JobView): boolean {
  if (isNative(name) || name.startsWith('requests.')) return false;
  return qualifiedNameErrors(`requests.${name}`, view.version).length === 0;
}

/** core validateResourceName: a qualified name, and a standard one when it has no prefix. */
export function resourceNameErrors(name: string, view: JobView): string[] {
  const errs = qualifiedNameErrors(name, view.version);
  if (errs.length === 0 && !name.includes('/') && !STANDARD.has(name) && !isHugePages(name) && !name.startsWith(`requests.${HUGEPAGES}`)) {
    errs.push('must be a standard resource type or fully qualified');
  }
  return errs;
}

/**
 * Checks one resource name (the container and pod-level variants), pushing its findings to
 * `out` at `at(name)`: the path is built only for a finding.
 */
export type ResourceNameCheck = (name: string, at: (name: string) => string, view: JobView, out: Finding[]) => void;

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

/**
 * The quantities of a `limits`/`requests` map that parse. Other types and unparseable text are
 * left out: the server refuses them while decoding, before validation, and the schema layer
 * reports them.
 */
export function quantitiesOf(list: unknown): Map<string, Quantity> {
  const values = new Map<string, Quantity>();
  const map = asObject(list);
  for (const name in map) {
    const raw = map[name];
    if (!Object.prototype.hasOwnProperty.call(map, name) || (typeof raw !== 'string' && typeof raw !== 'number')) continue;
    const parsed = parseQuantity(raw);
    if (parsed.ok) values.set(name, parsed.quantity);
  }
  return values;
}

interface Side {
  readonly values: Map<string, Quantity>;
  hasCpuOrMemory: boolean;
  hasHugePages: boolean;
}

/** Parses and checks one of `limits`/`requests`. */
function readSide(list: unknown, at: (name: string) => string, checkName: ResourceNameCheck, view: JobView, out: Finding[]): Side {
  const side: Side = { values: quantitiesOf(list), hasCpuOrMemory: false, hasHugePages: false };
  // forEach, not for-of with destructuring: cheaper until V8 optimises it (every document with resources runs this).
  side.values.forEach((q, name) => {
    checkName(name, at, view, out);
    if (q.sign < 0) out.push(invalid(at(name), q.text, 'must be greater than or equal to 0'));
    if ((INTEGER.has(name) || isExtended(name, view)) && !isWholeQuantity(q)) out.push(invalid(at(name), q.text, NOT_INTEGER));
    if (isHugePages(name)) {
      side.hasHugePages = true;
      if (!divisibleHugePages(name, q)) out.push(invalid(at(name), q.text, `${q.text} is not positive integer multiple of ${name}`));
    }
    if (name === 'cpu' || name === 'memory') side.hasCpuOrMemory = true;
  });
  return side;
}

/** core validateResourceRequirements for one `resources` object, with the caller's resource-name check. */
export function checkResourceRequirements(resources: unknown, base: (...s: PathSegment[]) => string, checkName: ResourceNameCheck, view: JobView, out: Finding[]): void {
  const res = asObject(resources);
  if (!res) return;
  const limits = readSide(res.limits, (n) => base('limits', key(n)), checkName, view, out);
  const requests = readSide(res.requests, (n) => base('requests', key(n)), checkName, view, out);
  requests.values.forEach((req, name) => {
    const limit = limits.values.get(name);
    if (limit) {
      const cmp = compareQuantities(req, limit);
      if (cmp !== 0 && !overcommitAllowed(name)) out.push(invalid(base('requests'), req.text, `must be equal to ${name} limit of ${limit.text}`));
      else if (cmp > 0) out.push(invalid(base('requests'), req.text, `must be less than or equal to ${name} limit of ${limit.text}`));
    } else if (!overcommitAllowed(name)) {
      out.push(required(base('limits'), 'Limit must be set for non overcommitable resources'));
    }
  });
  if (!limits.hasCpuOrMemory && !requests.hasCpuOrMemory && (limits.hasHugePages || requests.hasHugePages)) {
    out.push(forbidden(base(), 'HugePages require cpu or memory'));
  }
  if (res.claims && isAtLeast(view.version, CLAIMS_SINCE)) checkClaims(res.claims, base, podClaimNames(view), out);
}
