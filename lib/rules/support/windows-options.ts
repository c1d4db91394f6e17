import { asObject } from '../../manifest/access';
import { invalid, type Finding } from '../findings';
import { dns1123SubdomainErrors } from './names';

const MAX_GMSA_KIB = 64;
const MAX_DOMAIN = 256;
const MAX_USER = 104;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/;
const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
const WINDOWS_DNS_LABEL = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
const USER_BAD_CHARS = /["/\\:;|=,+*?<>@[\]]/;
const ONLY_DOTS_SPACES = /^[. ]+$/;

/**
 * core `validateWindowsSecurityContextOptions`, for the pod's or a container's `windowsOptions`:
 * gMSA names and specs, and `runAsUserName` as `DOMAIN\user`.
 */
export function validateWindowsOptions(value: unknown, path: string): Finding[] {
  const w = asObject(value);
  if (!w) return [];
  const out: Finding[] = [];
  if (typeof w.gmsaCredentialSpecName === 'string') {
    for (const msg of dns1123SubdomainErrors(w.gmsaCredentialSpecName)) out.push(invalid(`${path}.gmsaCredentialSpecName`, w.gmsaCredentialSpecName, msg));
  }
  if (typeof w.gmsaCredentialSpec === 'string') {
    const len = Buffer.byteLength(w.gmsaCredentialSpec);
    if (len === 0) out.push(invalid(`${path}.gmsaCredentialSpec`, w.gmsaCredentialSpec, 'gmsaCredentialSpec cannot be an empty string'));
    else if (len > MAX_GMSA_KIB * 1024) out.push(invalid(`${path}.gmsaCredentialSpec`, w.gmsaCredentialSpec, `gmsaCredentialSpec size must be under ${MAX_GMSA_KIB} KiB`));
  }
  const name = w.runAsUserName;
  if (typeof name !== 'string') return out;
  const p = `${path}.runAsUserName`;
  const fail = (msg: string) => out.push(invalid(p, name, msg));
  const parts = name.split('\\');
  if (name.length === 0) fail('runAsUserName cannot be an empty string');
  else if (CONTROL.test(name)) fail('runAsUserName cannot contain control characters');
  else if (parts.length > 2) fail('runAsUserName cannot contain more than one backslash');
  else {
    const hasDomain = parts.length === 2;
    const domain = hasDomain ? parts[0] : '';
    const user = hasDomain ? parts[1] : parts[0];
    if (Buffer.byteLength(domain) >= MAX_DOMAIN) fail(`runAsUserName's Domain length must be under ${MAX_DOMAIN} characters`);
    if (hasDomain && !(NETBIOS.test(domain) || domain.split('.').every((l) => WINDOWS_DNS_LABEL.test(l)))) {
      fail("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
    }
    const userLen = Buffer.byteLength(user);
    if (userLen === 0) fail("runAsUserName's User cannot be empty");
    else if (userLen > MAX_USER) fail(`runAsUserName's User length must not be longer than ${MAX_USER} characters`);
    if (ONLY_DOTS_SPACES.test(user)) fail("runAsUserName's User cannot contain only periods or spaces");
    if (USER_BAD_CHARS.test(user)) fail('runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]');
  }
  return out;
}
