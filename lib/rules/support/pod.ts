import { isIP } from 'node:net';
import { asObject } from '../../manifest/access';
import type { JobView } from '../../manifest/job-view';
import type { PathSegment } from '../../manifest/field-path';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { invalid, type Finding } from '../findings';
import { dns1123SubdomainErrors } from './names';
import { hintOrPlaceholder } from './placeholders';

/** Path of a pod spec field: `spec.template.spec.<segments>` (CronJob: under `spec.jobTemplate`). */
export function podAt(view: JobView, ...segments: PathSegment[]): string {
  return view.at('template', 'spec', ...segments);
}

/** The pod `securityContext` as written (`undefined` when absent or not an object). */
export function podSecurityContext(view: JobView): Record<string, unknown> | undefined {
  return asObject(view.podSpec.securityContext);
}

/** Go's `bool` field: true only for a literal `true`. */
export function isTrue(value: unknown): boolean {
  return value === true;
}

/**
 * One `field.Invalid` per message of apimachinery's `NameIsDNSSubdomain` (service account,
 * node, priority class and runtime class names), with the placeholder hint when the value
 * looks like an unrendered template variable.
 */
export function dnsSubdomainFindings(path: string, value: string, hint?: string): Finding[] {
  const h = hintOrPlaceholder(value, hint);
  return dns1123SubdomainErrors(value).map((msg) => invalid(path, value, msg, h ? { hint: h } : {}));
}

const SLOPPY_IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * `netutils.ParseIPSloppy`: Go's `net.ParseIP` that also takes IPv4 octets with leading zeros.
 * No zones (`%eth0`), no brackets.
 */
export function parsesAsIP(value: string): boolean {
  if (value.includes('%')) return false;
  if (isIP(value) !== 0) return true;
  return SLOPPY_IPV4.test(value) && value.split('.').every((o) => Number(o) <= 255);
}

/**
 * `IsValidIPForLegacyField` (1.34+) / `validation.IsValidIP` (1.30–1.33): sloppy parsing, and
 * from 1.36 (StrictIPCIDRValidation beta) no leading zeros and no IPv4-mapped IPv6 addresses.
 * 1.28–1.29 print `must be valid IP address`.
 */
export function ipErrors(value: string, version: KubernetesVersion): string[] {
  if (!parsesAsIP(value)) {
    return [isAtLeast(version, '1.30') ? 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)' : 'must be valid IP address'];
  }
  if (!isAtLeast(version, '1.36')) return [];
  const errs: string[] = [];
  if (isIP(value) === 0) errs.push('must not have leading 0s');
  if (/^(?:::|(?:0{1,4}:){5})ffff:/i.test(value)) errs.push('must not be an IPv4-mapped IPv6 address');
  return errs;
}
