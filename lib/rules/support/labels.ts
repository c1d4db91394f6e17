import { asObject } from '../../manifest/access';
import type { KubernetesVersion } from '../../versions';
import { invalid, tooLong, type Finding } from '../findings';
import { byteLength, isLabelValue, isQualifiedName, labelValueErrors, qualifiedNameErrors } from './names';
import { placeholderHint } from './placeholders';
import { tooLongDetail } from './text';

/**
 * `ValidateLabels` (apimachinery `pkg/apis/meta/v1/validation`): every key must be a qualified
 * name and every value a label value; errors are reported at the map's path, without the key.
 * Non-string values are the schema's business and are skipped.
 */
export function validateLabels(labels: unknown, path: string, version: KubernetesVersion): Finding[] {
  const out: Finding[] = [];
  const map = asObject(labels);
  if (!map) return out;
  const keys = Object.keys(map);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!isQualifiedName(k)) for (const msg of qualifiedNameErrors(k, version)) out.push(invalid(path, k, msg, placeholderOption(k)));
    const v = map[k];
    if (typeof v !== 'string' || isLabelValue(v)) continue;
    for (const msg of labelValueErrors(v, version)) out.push(invalid(path, v, msg, placeholderOption(v)));
  }
  return out;
}

/** A placeholder hint for a refused key or value (upper case is legitimate in labels, so ALL_CAPS is not one). */
function placeholderOption(value: string): { hint?: string } {
  const hint = placeholderHint(value, { allCaps: false });
  return hint ? { hint } : {};
}

/** Total size limit of an object's annotations (keys plus values), in bytes. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** An annotation a client adds before the server sees the object (kubectl apply's last-applied one). */
export interface AddedAnnotation {
  /** The key, which replaces a value of the same key written in the manifest. */
  readonly key: string;
  /**
   * Whether its key plus value take more than `room` bytes; `undefined` when the client adds
   * none after all (the written value of the key then counts).
   */
  exceeds(room: number): boolean | undefined;
  /** The hint when only the added annotation takes the total over the limit. */
  readonly hint: string;
}

/**
 * `ValidateAnnotations` (apimachinery `pkg/api/validation/objectmeta.go`): keys are qualified
 * names compared in lower case; keys plus values at most 256 KiB, counting an annotation the
 * client adds on the way.
 */
export function validateAnnotations(annotations: unknown, path: string, version: KubernetesVersion, added?: AddedAnnotation): Finding[] {
  const out: Finding[] = [];
  const map = asObject(annotations);
  let size = 0;
  let replaced = 0;
  if (map) {
    const keys = Object.keys(map);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const lower = k.toLowerCase();
      if (!isQualifiedName(lower)) for (const msg of qualifiedNameErrors(lower, version)) out.push(invalid(path, k, msg, placeholderOption(k)));
      const v = map[k];
      const bytes = byteLength(k) + (typeof v === 'string' ? byteLength(v) : 0);
      if (k === added?.key) replaced = bytes;
      else size += bytes;
    }
  }
  const over = () => out.push(tooLong(path, tooLongDetail(TOTAL_ANNOTATION_SIZE_LIMIT, version)));
  if (size > TOTAL_ANNOTATION_SIZE_LIMIT) over();
  else if (added) {
    const exceeds = added.exceeds(TOTAL_ANNOTATION_SIZE_LIMIT - size);
    if (exceeds === true) out.push(tooLong(path, tooLongDetail(TOTAL_ANNOTATION_SIZE_LIMIT, version), { hint: added.hint }));
    else if (exceeds === undefined && size + replaced > TOTAL_ANNOTATION_SIZE_LIMIT) over();
  }
  return out;
}
