import { invalid, required, tooLong, type Finding } from '../findings';
import type { KubernetesVersion } from '../../versions';
import { tooLongDetail } from './text';
import { DNS1123_LABEL_MAX_LENGTH, DNS1123_SUBDOMAIN_MAX_LENGTH, dns1123LabelErrors, dns1123SubdomainErrors } from './names';

const MAX_PATH_SEGMENT = DNS1123_SUBDOMAIN_MAX_LENGTH + DNS1123_LABEL_MAX_LENGTH + 1;
const MAX_SIGNER_NAME = DNS1123_SUBDOMAIN_MAX_LENGTH + MAX_PATH_SEGMENT + 1;

/** `IsKubernetesSignerName`: the signer's domain is kubernetes.io or one of its subdomains. */
export function isKubernetesSignerName(signerName: string): boolean {
  const host = signerName.split('/', 1)[0] ?? '';
  return host === 'kubernetes.io' || host.endsWith('.kubernetes.io');
}

/**
 * `ValidateSignerName` (pkg/apis/core/validation/names.go): `example.com/signer-name`, a domain of
 * two or more DNS labels and a path of DNS subdomains joined by dots, 571 characters at most.
 */
export function signerNameErrors(signerName: string, at: string, version: KubernetesVersion): Finding[] {
  if (signerName === '') return [required(at)];
  const segments = signerName.split('/');
  if (segments.length !== 2) return [invalid(at, signerName, "must be a fully qualified domain and path of the form 'example.com/signer-name'")];
  const [domain, path] = segments as [string, string];
  const out: Finding[] = [];
  if (domain.length > DNS1123_SUBDOMAIN_MAX_LENGTH) out.push(tooLong(at, tooLongDetail(DNS1123_SUBDOMAIN_MAX_LENGTH, version)));
  const labels = domain.split('.');
  for (const label of labels) {
    const errors = dns1123LabelErrors(label);
    if (errors.length === 0) continue;
    for (const e of errors) out.push(invalid(at, domain, `validating label ${JSON.stringify(label)}: ${e}`));
    break;
  }
  if (labels.length < 2) out.push(invalid(at, domain, 'should be a domain with at least two segments separated by dots'));
  for (const label of path.split('.')) {
    const errors = dns1123SubdomainErrors(label);
    if (errors.length === 0) continue;
    for (const e of errors) out.push(invalid(at, path, `validating label ${JSON.stringify(label)}: ${e}`));
    break;
  }
  if (signerName.length > MAX_SIGNER_NAME) out.push(tooLong(at, tooLongDetail(MAX_SIGNER_NAME, version)));
  return out;
}
