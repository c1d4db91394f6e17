import { parseQuantity } from '../../k8s/quantity';
import { asArray, asObject } from '../../manifest/access';
import { invalid, required, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { goString } from '../support/values';

/** The resources an env `resourceFieldRef` may expose (plus any `requests.hugepages-*` / `limits.hugepages-*`), sorted as the server lists them. */
const RESOURCES: readonly string[] = ['limits.cpu', 'limits.ephemeral-storage', 'limits.memory', 'requests.cpu', 'requests.ephemeral-storage', 'requests.memory'];
const HUGEPAGES_PREFIXES = ['requests.hugepages-', 'limits.hugepages-'];
const BYTE_DIVISORS: ReadonlySet<string> = new Set(['1', '1k', '1M', '1G', '1T', '1P', '1E', '1Ki', '1Mi', '1Gi', '1Ti', '1Pi', '1Ei']);
const BYTE_DIVISORS_TEXT = '1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei';

/** The divisors a resource allows and the server's words when another is given (core validateContainerResourceDivisor). */
function divisorRule(resource: string): { allowed: ReadonlySet<string>; detail: string } | undefined {
  const kind = resource.replace(/^(?:limits|requests)\./, '');
  if (kind === resource) return undefined;
  if (kind === 'cpu') return { allowed: new Set(['1m', '1']), detail: "only divisor's values 1m and 1 are supported with the cpu resource" };
  if (kind === 'memory') return { allowed: BYTE_DIVISORS, detail: `only divisor's values ${BYTE_DIVISORS_TEXT} are supported with the memory resource` };
  if (kind === 'ephemeral-storage') return { allowed: BYTE_DIVISORS, detail: `only divisor's values ${BYTE_DIVISORS_TEXT} are supported with the local ephemeral storage resource` };
  if (kind.startsWith('hugepages-')) return { allowed: BYTE_DIVISORS, detail: `only divisor's values ${BYTE_DIVISORS_TEXT} are supported with the hugepages resource` };
  return undefined;
}

/**
 * core validateContainerResourceFieldSelector (env form) and validateContainerResourceDivisor:
 * `resource` is required and one of the container's cpu, memory, ephemeral-storage or hugepages
 * requests or limits, and a non-zero `divisor` is a unit of that resource (`1m` or `1` for cpu,
 * `1`, `1k`… `1Ei`, `1Ki`… `1Ei` for bytes). The env form leaves `containerName` unchecked
 * (it defaults to the container itself).
 */
export const containerEnvResourceField = defineRule({
  id: 'container-env-resource-field',
  severity: 'error',
  summary: 'env resourceFieldRef names a container resource and a divisor of its unit',
  docs: DOCS.env,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.env'],
  refs: ['core.validateContainerResourceFieldSelector', 'core.validateContainerResourceDivisor'],
  hint: 'set resource to limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory, requests.ephemeral-storage or a hugepages one, and divisor to 1m or 1 for cpu, or 1, 1Ki, 1Mi, 1Gi (or 1k, 1M, 1G) for bytes',
  check(view) {
    const out: Finding[] = [];
    for (const c of allTemplateContainers(view)) {
      const env = asArray(c.container.env);
      if (!env) continue;
      for (let index = 0; index < env.length; index++) {
        const ref = asObject(asObject(asObject(env[index])?.valueFrom)?.resourceFieldRef);
        if (!ref) continue;
        const at = (f: string) => c.path('env', index, 'valueFrom', 'resourceFieldRef', f);
        const resource = goString(ref.resource);
        if (resource === undefined) continue;
        if (resource === '') out.push(required(at('resource')));
        else if (!RESOURCES.includes(resource) && !HUGEPAGES_PREFIXES.some((p) => resource.startsWith(p))) out.push(unsupported(at('resource'), resource, RESOURCES));
        const divisor = ref.divisor;
        if (typeof divisor !== 'string' && typeof divisor !== 'number') continue;
        const parsed = parseQuantity(divisor);
        // An unparseable divisor is refused while decoding (the schema layer); zero means unset.
        if (!parsed.ok || parsed.quantity.sign === 0) continue;
        const rule = divisorRule(resource);
        if (rule && !rule.allowed.has(parsed.quantity.text)) out.push(invalid(at('divisor'), resource, rule.detail));
      }
    }
    return out;
  },
});
