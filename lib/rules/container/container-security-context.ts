import { asObject } from '../../manifest/access';
import { isAtLeast } from '../../versions';
import { invalid, required, tooLong, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';
import { allTemplateContainers } from '../support/containers';
import { DOCS } from '../support/docs';
import { byteLength } from '../support/names';
import { goString, isSet } from '../support/values';

const ID_RANGE = 'must be between 0 and 2147483647, inclusive';
const SECCOMP_TYPES: readonly string[] = ['Localhost', 'RuntimeDefault', 'Unconfined'];
const APPARMOR_TYPES: readonly string[] = ['Localhost', 'RuntimeDefault', 'Unconfined'];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/;
const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
const DNS_DOMAIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const USER_BAD_CHARS = /["/\\:;|=,+*?<>@[\]]/;
const USER_DOTS_SPACES = /^[. ]+$/;

const orNull = (v: unknown) => (isSet(v) ? v : null);
const orEmpty = (v: unknown) => (isSet(v) ? v : '');
function goStruct(v: unknown, fields: Record<string, (x: unknown) => unknown>): unknown {
  const o = asObject(v);
  if (!o) return null;
  const out: Record<string, unknown> = {};
  for (const [goName, conv] of Object.entries(fields)) out[goName] = conv(o[goName[0].toLowerCase() + goName.slice(1)]);
  return out;
}

/**
 * The container securityContext as the server prints it in a whole-object error: its internal Go
 * struct marshalled without JSON tags (Go field names, every field present, nil as null).
 */
function goSecurityContext(sc: Record<string, unknown>): unknown {
  const profile = (v: unknown) => goStruct(v, { Type: orEmpty, LocalhostProfile: orNull });
  return {
    Capabilities: goStruct(sc.capabilities, { Add: orNull, Drop: orNull }),
    Privileged: orNull(sc.privileged),
    SELinuxOptions: goStruct(sc.seLinuxOptions, { User: orEmpty, Role: orEmpty, Type: orEmpty, Level: orEmpty }),
    WindowsOptions: goStruct(sc.windowsOptions, { GMSACredentialSpecName: orNull, GMSACredentialSpec: orNull, RunAsUserName: orNull, HostProcess: orNull }),
    RunAsUser: orNull(sc.runAsUser),
    RunAsGroup: orNull(sc.runAsGroup),
    RunAsNonRoot: orNull(sc.runAsNonRoot),
    ReadOnlyRootFilesystem: orNull(sc.readOnlyRootFilesystem),
    AllowPrivilegeEscalation: orNull(sc.allowPrivilegeEscalation),
    ProcMount: orNull(sc.procMount),
    SeccompProfile: profile(sc.seccompProfile),
    AppArmorProfile: profile(sc.appArmorProfile),
  };
}

/** `validateLocalDescendingPath` messages for a profile path. */
function descendingPathErrors(p: string): string[] {
  const errs: string[] = [];
  if (p.startsWith('/')) errs.push('must be a relative path');
  if (p.split('/').includes('..')) errs.push("must not contain '..'");
  return errs;
}

/** core validateSeccompProfileField. */
function checkSeccomp(sp: Record<string, unknown>, at: (f: string) => string, out: Finding[]): void {
  const type = goString(sp.type);
  if (type === undefined) return;
  if (type === '') out.push(required(at('type'), 'type is required when seccompProfile is set'));
  else if (!SECCOMP_TYPES.includes(type)) out.push(unsupported(at('type'), type, SECCOMP_TYPES));
  const profile = sp.localhostProfile;
  if (type === 'Localhost') {
    if (!isSet(profile)) out.push(required(at('localhostProfile'), 'must be set when seccomp type is Localhost'));
    else if (typeof profile === 'string') for (const e of descendingPathErrors(profile)) out.push(invalid(at('localhostProfile'), profile, e));
  } else if (isSet(profile)) {
    out.push(invalid(at('localhostProfile'), { Type: type, LocalhostProfile: profile }, 'can only be set when seccomp type is Localhost'));
  }
}

/** core ValidateAppArmorProfileField. */
function checkAppArmor(ap: Record<string, unknown>, at: (f: string) => string, out: Finding[]): void {
  const type = goString(ap.type);
  if (type === undefined) return;
  const profile = ap.localhostProfile;
  if (type === 'Localhost') {
    if (!isSet(profile)) out.push(required(at('localhostProfile'), 'must be set when AppArmor type is Localhost'));
    else if (typeof profile === 'string') {
      if (profile.trim() !== profile) out.push(invalid(at('localhostProfile'), profile, 'must not be padded with whitespace'));
      else if (profile === '') out.push(required(at('localhostProfile'), 'must be set when AppArmor type is Localhost'));
      if (byteLength(profile) > 4095) out.push(tooLong(at('localhostProfile'), 'may not be more than 4095 bytes'));
    }
  } else if (APPARMOR_TYPES.includes(type)) {
    if (isSet(profile)) out.push(invalid(at('localhostProfile'), profile, 'can only be set when AppArmor type is Localhost'));
  } else if (type === '') {
    out.push(required(at('type'), ''));
  } else {
    out.push(unsupported(at('type'), type, APPARMOR_TYPES));
  }
}

/** core validateWindowsSecurityContextOptions: `runAsUserName` as DOMAIN\\USER. */
function runAsUserNameErrors(name: string): string[] {
  if (name.length === 0) return ['runAsUserName cannot be an empty string'];
  if (CONTROL.test(name)) return ['runAsUserName cannot contain control characters'];
  const parts = name.split('\\');
  if (parts.length > 2) return ['runAsUserName cannot contain more than one backslash'];
  const [domain, user] = parts.length === 1 ? ['', parts[0]] : [parts[0], parts[1]];
  const errs: string[] = [];
  if (byteLength(domain) >= 256) errs.push("runAsUserName's Domain length must be under 256 characters");
  if (parts.length === 2 && !(NETBIOS.test(domain) || DNS_DOMAIN.test(domain))) errs.push("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
  if (user.length === 0) errs.push("runAsUserName's User cannot be empty");
  else if (byteLength(user) > 104) errs.push("runAsUserName's User length must not be longer than 104 characters");
  if (USER_DOTS_SPACES.test(user)) errs.push("runAsUserName's User cannot contain only periods or spaces");
  if (USER_BAD_CHARS.test(user)) errs.push('runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]');
  return errs;
}
const PROC_MOUNTS: readonly string[] = ['Default', 'Unmasked'];

/**
 * core ValidateSecurityContext: user and group ids in 0–2147483647, `allowPrivilegeEscalation:
 * false` not combined with `privileged: true` or the CAP_SYS_ADMIN capability, procMount Default
 * or (with `hostUsers: false`) Unmasked, seccomp and AppArmor profiles with a localhostProfile
 * exactly when the type is Localhost, and a well-formed Windows `runAsUserName`. Before 1.33
 * (ProcMountType off) the server resets any procMount to Default before validating; the view
 * has it so (`lib/manifest/drop-disabled.ts`) and feature-gated-field warns.
 */
export const containerSecurityContext = defineRule({
  id: 'container-security-context',
  severity: 'error',
  summary: 'container securityContext ids are in range and privilege settings agree',
  docs: DOCS.securityContext,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['container.securityContext'],
  refs: ['core.ValidateSecurityContext'],
  hint: 'use ids 0-2147483647, and drop allowPrivilegeEscalation: false from a privileged container or one that adds CAP_SYS_ADMIN',
  check(view) {
    const out: Finding[] = [];
    // `hostUsers` is a pod field in batch/v1 (the internal API keeps it in the pod securityContext).
    const hostUsers = view.podSpec.hostUsers !== false;
    for (const c of allTemplateContainers(view)) {
      const sc = asObject(c.container.securityContext);
      if (!sc) continue;
      for (const f of ['runAsUser', 'runAsGroup'] as const) {
        const id = sc[f];
        if (typeof id === 'number' && (id < 0 || id > 2147483647)) out.push(invalid(c.path('securityContext', f), id, ID_RANGE));
      }
      const procMount = sc.procMount;
      if (typeof procMount === 'string') {
        if (!PROC_MOUNTS.includes(procMount)) out.push(unsupported(c.path('securityContext', 'procMount'), procMount, PROC_MOUNTS));
        else if (procMount === 'Unmasked' && hostUsers) out.push(invalid(c.path('securityContext', 'procMount'), procMount, '`hostUsers` must be false to use `Unmasked`'));
      }
      const seccomp = asObject(sc.seccompProfile);
      if (seccomp) checkSeccomp(seccomp, (f) => c.path('securityContext', 'seccompProfile', f), out);
      const appArmor = asObject(sc.appArmorProfile);
      // appArmorProfile exists from 1.30 (AppArmorFields); before, the schema refuses the field.
      if (appArmor && isAtLeast(view.version, '1.30')) checkAppArmor(appArmor, (f) => c.path('securityContext', 'appArmorProfile', f), out);
      const runAsUserName = asObject(sc.windowsOptions)?.runAsUserName;
      if (typeof runAsUserName === 'string') {
        for (const e of runAsUserNameErrors(runAsUserName)) out.push(invalid(c.path('securityContext', 'windowsOptions', 'runAsUserName'), runAsUserName, e));
      }
      if (sc.allowPrivilegeEscalation !== false) continue;
      if (sc.privileged === true) {
        out.push(invalid(c.path('securityContext'), goSecurityContext(sc), 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
      }
      const add = asObject(sc.capabilities)?.add;
      for (const cap of Array.isArray(add) ? add : []) {
        if (cap === 'CAP_SYS_ADMIN') out.push(invalid(c.path('securityContext'), goSecurityContext(sc), 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN'));
      }
    }
    return out;
  },
});
