import { goQuote } from '../../k8s/go-text';
import { parseQuantity, quantityMilliValue, scaledValue, type Quantity } from '../../k8s/quantity';
import { asObject } from '../../manifest/access';
import { key } from '../../manifest/field-path';
import { OMITTED, forbidden, invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { qualifiedNameErrors } from '../support/names';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';

const CONTAINER_RESOURCES = new Set(['cpu', 'memory', 'ephemeral-storage']);
/** `helper.standardResources`, the one-word names the server knows (quota names included). */
const STANDARD_RESOURCES = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage', 'limits.cpu', 'limits.memory',
  'limits.ephemeral-storage', 'pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims',
  'storage', 'requests.storage', 'services.nodeports', 'services.loadbalancers',
]);
const INTEGER_RESOURCES = new Set(['pods', 'resourcequotas', 'services', 'replicationcontrollers', 'secrets', 'configmaps', 'persistentvolumeclaims', 'services.nodeports', 'services.loadbalancers']);

const isHugePages = (name: string) => name.startsWith('hugepages-');
const isNative = (name: string) => !name.includes('/') || name.includes('kubernetes.io/');
const isExtended = (name: string, version: Parameters<typeof qualifiedNameErrors>[1]) =>
  !isNative(name) && !name.startsWith('requests.') && qualifiedNameErrors(`requests.${name}`, version).length === 0;

/** `helper.IsHugePageResourceValueDivisible`. */
function hugePagesDivisible(name: string, q: Quantity): boolean {
  const page = parseQuantity(name.slice('hugepages-'.length));
  if (!page.ok || page.quantity.sign <= 0 || quantityMilliValue(page.quantity) % 1000n !== 0n) return false;
  if (q.sign < 0) return false;
  const size = scaledValue(page.quantity, 0);
  return scaledValue(q, 0) % size === 0n;
}

/**
 * core `validateOverhead` (`ValidateContainerResourceRequirements` with the overhead as limits,
 * so errors sit at `overhead.limits[<name>]`): resource names a container may use (cpu, memory,
 * ephemeral-storage, hugepages-<size> or an extended `domain/name`), non-negative quantities,
 * whole numbers for extended resources, hugepages in whole pages and only with cpu or memory.
 * Fractional memory or ephemeral-storage is accepted with a warning.
 */
export const podOverhead = defineRule({
  id: 'pod-overhead',
  severity: 'error',
  summary: 'overhead must name container resources with non-negative quantities',
  docs: POD_DOCS.overhead,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.overhead'],
  refs: ['core.validateOverhead'],
  hint: 'leave overhead to the RuntimeClass, or give cpu and memory as non-negative quantities such as 250m and 120Mi',
  check(view) {
    const overhead = asObject(view.podSpec.overhead);
    if (!overhead) return [];
    const out: Finding[] = [];
    let cpuOrMemory = false;
    let hugePages = false;
    for (const [name, raw] of Object.entries(overhead)) {
      if (typeof raw !== 'string' && typeof raw !== 'number') continue;
      const parsed = parseQuantity(raw);
      const path = podAt(view, 'overhead', 'limits', key(name));
      const nameErrors = qualifiedNameErrors(name, view.version).map((m) => invalid(path, name, m));
      if (nameErrors.length === 0 && !name.includes('/') && !STANDARD_RESOURCES.has(name) && !isHugePages(name)) {
        nameErrors.push(invalid(path, name, 'must be a standard resource type or fully qualified'));
      }
      if (!name.includes('/')) {
        if (!CONTAINER_RESOURCES.has(name) && !isHugePages(name)) nameErrors.push(invalid(path, name, 'must be a standard resource for containers'));
      } else if (!isNative(name) && !isExtended(name, view.version)) {
        nameErrors.push(invalid(path, name, "doesn't follow extended resource name standard"));
      }
      out.push(...nameErrors);
      if (!parsed.ok) continue;
      const q = parsed.quantity;
      if (q.sign < 0) out.push(invalid(path, q.text, 'must be greater than or equal to 0'));
      if ((INTEGER_RESOURCES.has(name) || isExtended(name, view.version)) && quantityMilliValue(q) % 1000n !== 0n) out.push(invalid(path, q.text, 'must be an integer'));
      if (isHugePages(name)) {
        hugePages = true;
        if (!hugePagesDivisible(name, q)) out.push(invalid(path, q.text, `${q.text} is not positive integer multiple of ${name}`));
      }
      if (name === 'cpu' || name === 'memory') cpuOrMemory = true;
      if ((name === 'memory' || name === 'ephemeral-storage') && quantityMilliValue(q) % 1000n !== 0n) {
        out.push(invalid(podAt(view, 'overhead', key(name)), OMITTED, `fractional byte value ${goQuote(q.text)} is invalid, must be an integer`, { severity: 'warning' }));
      }
    }
    if (hugePages && !cpuOrMemory) out.push(forbidden(podAt(view, 'overhead'), 'HugePages require cpu or memory'));
    return out;
  },
});
