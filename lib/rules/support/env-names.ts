import { isAtLeast, type KubernetesVersion } from '../../versions';

/**
 * apimachinery's environment variable name validators (`IsEnvVarName`, `IsRelaxedEnvVarName`),
 * used for `env[].name` and `envFrom[].prefix` alike, with the server's messages.
 */

const ENV_NAME_FMT = '[-._a-zA-Z][-._a-zA-Z0-9]*';
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const ENV_NAME_MSG = `a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '${ENV_NAME_FMT}')`;
const RELAXED_MSG = "a valid environment variable name must consist only of printable ASCII characters other than '='";

/** RelaxedEnvironmentVariableValidation: beta, on by default, from 1.32. */
export const RELAXED_ENV_NAMES_SINCE: KubernetesVersion = '1.32';

/** apimachinery `hasChDirPrefix`: `.`, `..` and a leading `..` are refused. */
export function chDirPrefixErrors(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

/** `IsRelaxedEnvVarName`: printable ASCII other than '='. */
export function relaxedEnvNameErrors(name: string): string[] {
  // UTF-16 units: a character outside ASCII has every unit above 0x7e, so it fails as its code point would.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0x7e || c < 0x20 || c === 0x3d) return [RELAXED_MSG];
  }
  return [];
}

/** `IsEnvVarName` (strict, before 1.32) or `IsRelaxedEnvVarName` (from 1.32), as the version validates. */
export function envNameErrors(name: string, version: KubernetesVersion): string[] {
  if (isAtLeast(version, RELAXED_ENV_NAMES_SINCE)) return relaxedEnvNameErrors(name);
  const errs = ENV_NAME.test(name) ? [] : [ENV_NAME_MSG];
  // Only names that start with '.' can have a chdir prefix.
  if (name.startsWith('.')) errs.push(...chDirPrefixErrors(name));
  return errs;
}
