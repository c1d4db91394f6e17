/**
 * Defensive readers for manifests of unknown shape. Rules see whatever a user wrote (or a JSON
 * patch produced), so they read through these and never assume a type the schema has not checked.
 */

/** A plain JSON object, or `undefined`. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An array, or `undefined`. */
export function asArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A string, or `undefined`. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A whole number, or `undefined` (the schema reports non-integers). */
export function asInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** A boolean, or `undefined`. */
export function asBool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

/** A map of string to string (labels, annotations, matchLabels), keeping only string values. */
export function asStringMap(value: unknown): Record<string, string> | undefined {
  const o = asObject(value);
  if (!o) return undefined;
  const out: Record<string, string> = {};
  // for-in visits own keys in Object.entries' order; inherited ones are skipped.
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'string' && has(o, k)) out[k] = v;
  }
  return out;
}

/** True when the key is present in the object (even with a `null` value). */
export function has(o: Record<string, unknown> | undefined, k: string): boolean {
  return o !== undefined && Object.prototype.hasOwnProperty.call(o, k);
}
