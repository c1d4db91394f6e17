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

/** The 8 groups of an IPv6 address (embedded IPv4 allowed), or `undefined`. */
function ipv6Groups(value: string): number[] | undefined {
  const halves = value.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const groups = part.split(':');
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (i === groups.length - 1 && g.includes('.')) {
        const octets = g.split('.').map(Number);
        if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o > 255)) return undefined;
        out.push((octets[0] << 8) | octets[1], (octets[2] << 8) | octets[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(parseInt(g, 16));
      else return undefined;
    }
    return out;
  };
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** RFC 5952 text of IPv6 groups, as Go's `netip.Addr.String` prints a non-mapped address. */
function canonicalIPv6(groups: readonly number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = (gs: readonly number[]) => gs.map((g) => g.toString(16)).join(':');
  if (best < 0) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLen))}`;
}

/**
 * `GetWarningsForIP` (create warnings from 1.33): a non-standard address (IPv4 octets with
 * leading zeros, IPv4-mapped IPv6) and an IPv6 address not in RFC 5952 form. From 1.36 the
 * non-standard ones are refused instead ({@link ipErrors}). Only for values that parse.
 */
export function ipWarnings(value: string, version: KubernetesVersion): string[] {
  if (!isAtLeast(version, '1.33') || !parsesAsIP(value)) return [];
  if (isIP(value) === 4) return [];
  if (isIP(value) === 0) {
    const plain = value.split('.').map(Number).join('.');
    return [`non-standard IP address ${JSON.stringify(value)} is invalid: use ${JSON.stringify(plain)}`];
  }
  const groups = ipv6Groups(value);
  if (!groups) return [];
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const v4 = [groups[6] >> 8, groups[6] & 255, groups[7] >> 8, groups[7] & 255].join('.');
    return [`non-standard IP address ${JSON.stringify(value)} is invalid: use ${JSON.stringify(v4)}`];
  }
  const canonical = canonicalIPv6(groups);
  return canonical === value ? [] : [`IPv6 address ${JSON.stringify(value)} should be in RFC 5952 canonical format (${JSON.stringify(canonical)})`];
}
