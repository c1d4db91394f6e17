import { asArray, asObject } from '../../manifest/access';
import { invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { envNameErrors } from '../support/env-names';
import { dns1123SubdomainErrors, maskTrailingDash } from '../support/names';
import { goString, isSet } from '../support/values';

const SOURCES = ['configMapRef', 'secretRef'] as const;

/**
 * core ValidateEnvFrom: a non-empty `prefix` is an env variable name (strict before 1.32,
 * relaxed from 1.32, as `env[].name`), each entry has exactly one of `configMapRef` and
 * `secretRef` (the server reports that at `envFrom` itself, not at the entry), and the source
 * names its object: required, and a DNS subdomain once a trailing '-' is masked
 * (validateConfigMapEnvSource / validateSecretEnvSource call the name validators as prefixes).
 */
export const containerEnvFrom = defineRule({
  id: 'container-env-from',
  severity: 'error',
  summary: 'envFrom entries have a valid prefix and exactly one named configMapRef or secretRef',
  docs: DOCS.env,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.envFrom'],
  refs: ['core.ValidateEnvFrom'],
  hint: 'give each envFrom entry exactly one of configMapRef or secretRef with the object name, and a prefix that is a valid env variable name',
  check(view) {
    const out: Finding[] = [];
    for (const c of allTemplateContainers(view)) {
      const envFrom = asArray(c.container.envFrom);
      if (!envFrom) continue;
      for (let index = 0; index < envFrom.length; index++) {
        const entry = asObject(envFrom[index]);
        if (!entry) continue;
        const prefix = goString(entry.prefix);
        if (prefix) for (const e of envNameErrors(prefix, view.version)) out.push(invalid(c.path('envFrom', index, 'prefix'), prefix, e));
        const present = SOURCES.filter((s) => isSet(entry[s]));
        for (const source of present) {
          const ref = asObject(entry[source]);
          const name = ref ? goString(ref.name) : undefined;
          const at = c.path('envFrom', index, source, 'name');
          if (name === '') out.push(required(at));
          else if (name !== undefined) for (const e of dns1123SubdomainErrors(maskTrailingDash(name))) out.push(invalid(at, name, e));
        }
        if (present.length === 0) out.push(invalid(c.path('envFrom'), '', 'must specify one of: `configMapRef` or `secretRef`'));
        else if (present.length > 1) out.push(invalid(c.path('envFrom'), '', 'may not have more than one field specified at a time'));
      }
    }
    return out;
  },
});
