/**
 * Kubernetes field paths, as `k8s.io/apimachinery/pkg/util/validation/field.Path` prints them:
 * `spec.template.spec.containers[0].image`, `metadata.labels[app.kubernetes.io/name]`.
 */

/** A map key: always printed in brackets, even when it looks like a field name. */
export interface MapKey {
  readonly key: string;
}

/** One step of a path: a field name, a list index, or a map key. */
export type PathSegment = string | number | MapKey;

/** Marks a segment as a map key (`labels[app]`) rather than a field (`labels.app`). */
export function key(name: string): MapKey {
  return { key: name };
}

/** `/^[A-Za-z_$][A-Za-z0-9_$-]*$/`, scanned: paths are built on every document. */
function isFieldName(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24;
    if (!letter && (i === 0 || !((c >= 0x30 && c <= 0x39) || c === 0x2d))) return false;
  }
  return true;
}

/** Renders segments as a Kubernetes field path. Strings that are not field names are printed as map keys. */
export function toFieldPath(segments: readonly PathSegment[]): string {
  return appendSegments('', segments);
}

/** Appends segments to an existing field path. */
export function joinFieldPath(base: string, ...segments: readonly PathSegment[]): string {
  return appendSegments(base, segments);
}

/** `base` followed by the segments: a field name after a dot (none at the start), anything else in brackets. */
export function appendSegments(base: string, segments: readonly PathSegment[]): string {
  let out = base;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && isFieldName(s)) out += out === '' ? s : `.${s}`;
    else out += `[${typeof s === 'string' ? s : s.key}]`;
  }
  return out;
}

/**
 * Turns a JSON pointer (`/spec/containers/0/image`, as ajv's `instancePath`) into segments.
 * Purely numeric tokens become list indexes.
 */
export function fromJsonPointer(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((t) => (/^(0|[1-9]\d*)$/.test(t) ? Number(t) : t));
}

/**
 * Parses a field path back into segments (for source positions): `a.b[0][x.y/z]` gives
 * `['a', 'b', 0, 'x.y/z']`. Bracketed numbers are indexes, other bracketed text is a key.
 */
export function parseFieldPath(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      i++;
    } else if (c === '[') {
      const end = path.indexOf(']', i);
      const inner = end < 0 ? path.slice(i + 1) : path.slice(i + 1, end);
      out.push(/^(0|[1-9]\d*)$/.test(inner) ? Number(inner) : inner);
      i = end < 0 ? path.length : end + 1;
    } else {
      let j = i;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
      out.push(path.slice(i, j));
      i = j;
    }
  }
  return out;
}
