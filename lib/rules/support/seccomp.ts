import { required, invalid, unsupported, type Finding } from '../findings';
import { asObject } from '../../manifest/access';
import { isSet } from './values';

export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
const TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'];

/** core `validateLocalDescendingPath`: relative, no `..` element. */
export function localDescendingPathErrors(target: string, path: string): Finding[] {
  const out: Finding[] = [];
  if (target.startsWith('/')) out.push(invalid(path, target, 'must be a relative path'));
  if (target.replace(/\\/g, '/').split('/').includes('..')) out.push(invalid(path, target, "must not contain '..'"));
  return out;
}

/** core `validateSeccompProfileField` for a pod or container `seccompProfile`. */
export function validateSeccompProfileField(value: unknown, path: string): Finding[] {
  const sp = asObject(value);
  if (!sp) return [];
  const out: Finding[] = [];
  const type = typeof sp.type === 'string' ? sp.type : '';
  if (type === '') out.push(required(`${path}.type`, 'type is required when seccompProfile is set'));
  else if (!TYPES.includes(type)) out.push(unsupported(`${path}.type`, type, TYPES));
  if (type === 'Localhost') {
    if (typeof sp.localhostProfile !== 'string') out.push(required(`${path}.localhostProfile`, 'must be set when seccomp type is Localhost'));
    else out.push(...localDescendingPathErrors(sp.localhostProfile, `${path}.localhostProfile`));
  } else if (isSet(sp.localhostProfile)) {
    out.push(invalid(`${path}.localhostProfile`, sp, 'can only be set when seccomp type is Localhost'));
  }
  return out;
}

/** core `ValidateSeccompProfile`: a legacy annotation value. */
export function validateSeccompAnnotationValue(value: string, path: string): Finding[] {
  if (value === 'runtime/default' || value === 'docker/default' || value === 'unconfined') return [];
  if (value.startsWith('localhost/')) return localDescendingPathErrors(value.slice('localhost/'.length), path);
  return [invalid(path, value, 'must be a valid seccomp profile')];
}

/** core `validateSeccompAnnotationsAndFieldsMatch`: `undefined` when they agree. */
export function seccompMismatch(annotation: string, field: Record<string, unknown>, path: string): Finding | undefined {
  const forbid = (f: string, what: string): Finding => ({ path: `${path}.${f}`, type: 'Forbidden', detail: `seccomp ${what} in annotation and field must match` });
  switch (field.type) {
    case 'Unconfined':
      return annotation === 'unconfined' ? undefined : forbid('type', 'type');
    case 'RuntimeDefault':
      return annotation === 'runtime/default' || annotation === 'docker/default' ? undefined : forbid('type', 'type');
    case 'Localhost':
      if (!annotation.startsWith('localhost/')) return forbid('type', 'type');
      return field.localhostProfile === annotation.slice('localhost/'.length) ? undefined : forbid('localhostProfile', 'profile');
    default:
      return undefined;
  }
}
