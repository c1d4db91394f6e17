import { asArray, asObject } from '../../manifest/access';
import { invalid, required, type Finding } from '../findings';
import { goString, objectsOf } from './values';

/** `fileModeErrorMsg` of core validation. */
export const FILE_MODE_DETAIL = 'must be a number between 0 and 0777 (octal), both inclusive';

/** Largest file mode (0777). */
const MAX_FILE_MODE = 0o777;

/** A `defaultMode`/`mode` outside 0..0777 (non-numbers are the schema's). */
export function fileModeErrors(mode: unknown, path: string): Finding[] {
  return typeof mode === 'number' && (mode > MAX_FILE_MODE || mode < 0) ? [invalid(path, mode, FILE_MODE_DETAIL)] : [];
}

/** `validatePathNoBacksteps`: no `..` element (one error however many there are). */
export function noBackstepsErrors(target: string, path: string): Finding[] {
  // filepath.ToSlash is the identity on Linux, where the API server runs.
  return target.split('/').includes('..') ? [invalid(path, target, "must not contain '..'")] : [];
}

/** `validateLocalDescendingPath`: relative, no `..` element. */
export function localDescendingPathErrors(target: string, path: string): Finding[] {
  const out: Finding[] = target.startsWith('/') ? [invalid(path, target, 'must be a relative path')] : [];
  return out.concat(noBackstepsErrors(target, path));
}

/** `ValidateLocalNonReservedPath`: a local descending path that does not start with `..` either. */
export function localNonReservedPathErrors(target: string, path: string): Finding[] {
  const out = localDescendingPathErrors(target, path);
  if (target.startsWith('..') && !target.startsWith('../')) out.push(invalid(path, target, "must not start with '..'"));
  return out;
}

/** `validateKeyToPath` for one `items[i]` entry of a configMap or secret source. */
export function keyToPathErrors(item: Record<string, unknown>, at: (field: string) => string): Finding[] {
  const out: Finding[] = [];
  const key = goString(item.key);
  const target = goString(item.path);
  if (key === '') out.push(required(at('key')));
  if (target === '') out.push(required(at('path')));
  if (target !== undefined) out.push(...localNonReservedPathErrors(target, at('path')));
  out.push(...fileModeErrors(item.mode, at('mode')));
  return out;
}

/** The `items` of a source with their index (non-objects skipped). */
export function itemsOf(source: Record<string, unknown>): Array<{ item: Record<string, unknown>; index: number }> {
  const items = asArray(source.items);
  return items && items.length > 0 ? objectsOf(items) : [];
}

/** The name of a referenced object (`secretRef.name`), `undefined` when the reference is absent. */
export function refName(source: Record<string, unknown>, field: string): string | undefined {
  const ref = asObject(source[field]);
  return ref ? goString(ref.name) ?? '' : undefined;
}
