import { asArray, asObject } from '../../manifest/access';

/** Go decodes `null` as the zero value / nil pointer: a field is "set" when present and not null. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** The objects of a list, each with its index (non-objects are skipped: the schema reports them). */
export function objectsOf(value: unknown): Array<{ item: Record<string, unknown>; index: number }> {
  const out: Array<{ item: Record<string, unknown>; index: number }> = [];
  (asArray(value) ?? []).forEach((v, index) => {
    const item = asObject(v);
    if (item) out.push({ item, index });
  });
  return out;
}

/** Length of a list field, treating null/absent (and non-lists) as empty. */
export function lengthOf(value: unknown): number {
  return asArray(value)?.length ?? 0;
}

/** A string field as Go sees it: absent or null is `""`; other types give `undefined` (the schema reports them). */
export function goString(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}
