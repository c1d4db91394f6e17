import { invalid, required, tooLong, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { validatesField } from '../support/gates';
import { byteLength, dns1123SubdomainErrors } from '../support/names';
import { tooLongDetail } from '../support/text';

const MAX_MANAGED_BY_LENGTH = 63;
const HTTP_PATH_FMT = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const HTTP_PATH = new RegExp(`^${HTTP_PATH_FMT}$`);

/** apimachinery `IsDomainPrefixedPath`. */
function domainPrefixedPathErrors(path: string, value: string): Finding[] {
  if (value.length === 0) return [required(path)];
  const slash = value.indexOf('/');
  const host = slash < 0 ? value : value.slice(0, slash);
  const rest = slash < 0 ? '' : value.slice(slash + 1);
  if (slash < 0 || host.length === 0 || rest.length === 0) {
    return [invalid(path, value, 'must be a domain-prefixed path (such as "acme.io/foo")')];
  }
  const out = dns1123SubdomainErrors(host).map((m) => invalid(path, host, m));
  if (!HTTP_PATH.test(rest)) out.push(invalid(path, rest, `Invalid path (regex used for validation is '${HTTP_PATH_FMT}')`));
  return out;
}

/** Rules 28–29 (validateJobSpec); the field is dropped before 1.32 (see feature-gated-field). */
export const managedByFormat = defineRule({
  id: 'managed-by-format',
  severity: 'error',
  summary: 'managedBy must be a domain-prefixed path of at most 63 characters',
  docs: DOCS.managedBy,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['job.managedBy'],
  refs: ['job.managedBy.domainPrefixedPath', 'job.managedBy.maxLength63'],
  hint: 'use the external controller\'s name, e.g. "kueue.x-k8s.io/multikueue", or leave managedBy out for the built-in controller',
  check(view) {
    const value = view.spec.managedBy;
    if (!validatesField(view, 'managedBy') || typeof value !== 'string') return [];
    const path = view.at('managedBy');
    const out = domainPrefixedPathErrors(path, value);
    if (byteLength(value) > MAX_MANAGED_BY_LENGTH) out.push(tooLong(path, tooLongDetail(MAX_MANAGED_BY_LENGTH, view.version)));
    return out;
  },
});
