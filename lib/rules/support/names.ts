import { isAtLeast, type KubernetesVersion } from '../../versions';

/**
 * apimachinery's name validators (`k8s.io/apimachinery/pkg/util/validation/validation.go`, and
 * from v0.35 `pkg/api/validate/content`), returning the same message list the server prints.
 * Lengths are counted in UTF-8 bytes, as Go's `len` does.
 */

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;

const DNS1123_LABEL = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const QUALIFIED_NAME = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const LABEL_VALUE = new RegExp(`^${LABEL_VALUE_FMT}$`);

/** Longest DNS-1123 label (and label value, and qualified-name name part). */
export const DNS1123_LABEL_MAX_LENGTH = 63;
/** Longest DNS-1123 subdomain (object names). */
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;

/** Length as Go's `len(string)`: UTF-8 bytes. */
export function byteLength(s: string): number {
  // Most names are ASCII: a scan is cheaper than a call into Buffer for short strings.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return Buffer.byteLength(s, 'utf8');
  return s.length;
}

/** `RegexError`: the message, examples in quotes (with apimachinery's odd `',  or '` spacing) and the regex. */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** `MaxLenError` for object-name helpers: always `characters`. */
function maxLenCharacters(n: number): string {
  return `must be no more than ${n} characters`;
}

/** `MaxLenError` for label values and label-key name parts: `characters` up to 1.34, `bytes` from 1.35. */
export function labelMaxLenError(n: number, version: KubernetesVersion): string {
  return `must be no more than ${n} ${isAtLeast(version, '1.35') ? 'bytes' : 'characters'}`;
}

/** `IsDNS1123Label`. */
export function dns1123LabelErrors(value: string): string[] {
  // A valid label is ASCII (bytes are characters): one scan answers the common case.
  if (value.length <= DNS1123_LABEL_MAX_LENGTH && value.indexOf('.') < 0 && isDns1123Subdomain(value, 0, value.length)) return [];
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errs.push(maxLenCharacters(DNS1123_LABEL_MAX_LENGTH));
  if (DNS1123_LABEL.test(value)) return errs;
  // A valid subdomain that is no label: the length is already checked, so it is the dots.
  if (DNS1123_SUBDOMAIN.test(value)) {
    errs.push('must not contain dots');
  } else {
    errs.push(
      regexError(
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
        DNS1123_LABEL_FMT,
        'my-name',
        '123-abc',
      ),
    );
  }
  return errs;
}

/** apimachinery `maskTrailingDash`, for names that are prefixes (sic: it also drops the character before the dash). */
export function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/** `IsDNS1123Subdomain`. */
export function dns1123SubdomainErrors(value: string): string[] {
  if (value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && isDns1123Subdomain(value, 0, value.length)) return [];
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errs.push(maxLenCharacters(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!DNS1123_SUBDOMAIN.test(value)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN_FMT,
        'example.com',
      ),
    );
  }
  return errs;
}

const QUALIFIED_NAME_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/**
 * True exactly when {@link qualifiedNameErrors} finds nothing, by one scan that builds nothing:
 * every label and annotation key of every document goes through here, and a regular expression
 * costs more than the scan.
 */
export function isQualifiedName(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return isQualifiedNamePart(value, 0, value.length);
  return slash <= DNS1123_SUBDOMAIN_MAX_LENGTH && isDns1123Subdomain(value, 0, slash) && isQualifiedNamePart(value, slash + 1, value.length);
}

/** True exactly when {@link labelValueErrors} finds nothing; builds nothing. */
export function isLabelValue(value: string): boolean {
  return value.length === 0 || isQualifiedNamePart(value, 0, value.length);
}

/** `value[start, end)` matches `QUALIFIED_NAME_FMT` and has at most 63 characters (ASCII, so bytes). */
function isQualifiedNamePart(value: string, start: number, end: number): boolean {
  if (end <= start || end - start > DNS1123_LABEL_MAX_LENGTH) return false;
  if (!isAlphanumeric(value.charCodeAt(start)) || !isAlphanumeric(value.charCodeAt(end - 1))) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const c = value.charCodeAt(i);
    if (!isAlphanumeric(c) && c !== 0x2d && c !== 0x5f && c !== 0x2e) return false; // - _ .
  }
  return true;
}

/** `value[start, end)` matches `DNS1123_SUBDOMAIN_FMT`: dot-separated labels of [-a-z0-9], each starting and ending alphanumeric. */
function isDns1123Subdomain(value: string, start: number, end: number): boolean {
  if (end <= start) return false;
  let labelStart = true;
  for (let i = start; i < end; i++) {
    const c = value.charCodeAt(i);
    if (labelStart) {
      if (!isLowerAlphanumeric(c)) return false;
      labelStart = false;
    } else if (c === 0x2e) {
      if (!isLowerAlphanumeric(value.charCodeAt(i - 1))) return false;
      labelStart = true;
    } else if (!isLowerAlphanumeric(c) && c !== 0x2d) return false;
  }
  return !labelStart && isLowerAlphanumeric(value.charCodeAt(end - 1));
}

function isLowerAlphanumeric(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function isAlphanumeric(c: number): boolean {
  return isLowerAlphanumeric(c) || (c >= 0x41 && c <= 0x5a);
}

/** `IsQualifiedName`: label keys, annotation keys, pod condition types. */
export function qualifiedNameErrors(value: string, version: KubernetesVersion): string[] {
  if (isQualifiedName(value)) return [];
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else errs.push(...dns1123SubdomainErrors(prefix).map((m) => `prefix part ${m}`));
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}` +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (byteLength(name) > DNS1123_LABEL_MAX_LENGTH) errs.push(`name part ${labelMaxLenError(DNS1123_LABEL_MAX_LENGTH, version)}`);
  if (!QUALIFIED_NAME.test(name)) errs.push(`name part ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

/** `IsValidLabelValue`. */
export function labelValueErrors(value: string, version: KubernetesVersion): string[] {
  if (isLabelValue(value)) return [];
  const errs: string[] = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errs.push(labelMaxLenError(DNS1123_LABEL_MAX_LENGTH, version));
  if (!LABEL_VALUE.test(value)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        LABEL_VALUE_FMT,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return errs;
}

/** True when the value is a DNS-1123 label (pod hostnames, container names). */
export function isDns1123Label(value: string): boolean {
  return dns1123LabelErrors(value).length === 0;
}
