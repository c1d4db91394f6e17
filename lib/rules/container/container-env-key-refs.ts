import { asArray, asObject } from '../../manifest/access';
import { invalid, required, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { chDirPrefixErrors } from '../support/env-names';
import { byteLength, dns1123SubdomainErrors, DNS1123_SUBDOMAIN_MAX_LENGTH } from '../support/names';
import { goString } from '../support/values';

const CONFIG_KEY_FMT = '[-._a-zA-Z0-9]+';
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const CONFIG_KEY_MSG = `a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '${CONFIG_KEY_FMT}')`;
const SELECTORS = ['configMapKeyRef', 'secretKeyRef'] as const;

/** apimachinery `IsConfigMapKey`. */
function configKeyErrors(key: string): string[] {
  const errs: string[] = [];
  if (byteLength(key) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(`must be no more than ${DNS1123_SUBDOMAIN_MAX_LENGTH} characters`);
  if (!CONFIG_KEY.test(key)) errs.push(CONFIG_KEY_MSG);
  if (key.startsWith('.')) errs.push(...chDirPrefixErrors(key));
  return errs;
}

/**
 * core validateConfigMapKeySelector and validateSecretKeySelector: the object's name is a DNS
 * subdomain (an empty name fails that too: the server has no separate "required" here) and the
 * key is required and a valid config key.
 */
export const containerEnvKeyRefs = defineRule({
  id: 'container-env-key-refs',
  severity: 'error',
  summary: 'env configMapKeyRef and secretKeyRef name an object by a valid name and a valid key',
  docs: DOCS.env,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.env'],
  refs: ['core.validateConfigMapKeySelector', 'core.validateSecretKeySelector'],
  hint: 'set name to the ConfigMap or Secret name (lowercase letters, digits, - and .) and key to a key of it (letters, digits, -, _ and .)',
  check(view) {
    const out: Finding[] = [];
    for (const c of allTemplateContainers(view)) {
      const env = asArray(c.container.env);
      if (!env) continue;
      for (let index = 0; index < env.length; index++) {
        const from = asObject(asObject(env[index])?.valueFrom);
        if (!from) continue;
        for (const selector of SELECTORS) {
          const ref = asObject(from[selector]);
          if (!ref) continue;
          const name = goString(ref.name);
          if (name !== undefined) for (const e of dns1123SubdomainErrors(name)) out.push(invalid(c.path('env', index, 'valueFrom', selector, 'name'), name, e));
          const key = goString(ref.key);
          if (key === '') out.push(required(c.path('env', index, 'valueFrom', selector, 'key')));
          else if (key !== undefined) for (const e of configKeyErrors(key)) out.push(invalid(c.path('env', index, 'valueFrom', selector, 'key'), key, e));
        }
      }
    }
    return out;
  },
});
