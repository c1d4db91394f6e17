import { asArray, asObject } from '../../manifest/access';
import type { KubernetesVersion } from '../../versions';
import { forbidden, invalid, type Finding } from '../findings';
import { qualifiedNameErrors } from './names';
import { goString, isSet } from './values';

/** A list of strings as Go reads it (non-strings as `""`: the schema reports them). */
export function stringList(value: unknown): string[] {
  return (asArray(value) ?? []).map((v) => goString(v) ?? '');
}

/** Keys of a label selector's `matchLabels` and `matchExpressions`. */
function selectorKeys(selector: Record<string, unknown>): { labels: Set<string>; expressions: string[] } {
  const labels = new Set(Object.keys(asObject(selector.matchLabels) ?? {}));
  const expressions = (asArray(selector.matchExpressions) ?? []).map((e) => goString(asObject(e)?.key) ?? '');
  return { labels, expressions };
}

/**
 * core `ValidateMatchLabelKeysAndMismatchLabelKeys` (pod affinity terms, and topology spread
 * from 1.34): keys are label keys and need a labelSelector; a matchLabelKeys key that is in
 * both the selector's matchLabels and matchExpressions is refused at `<term>[i]` (sic: the
 * server indexes the term path); no key in both matchLabelKeys and mismatchLabelKeys.
 */
export function validateMatchAndMismatchLabelKeys(
  termPath: string,
  matchLabelKeys: unknown,
  mismatchLabelKeys: unknown,
  labelSelector: unknown,
  version: KubernetesVersion,
): Finding[] {
  const out: Finding[] = [];
  const match = stringList(matchLabelKeys);
  const mismatch = stringList(mismatchLabelKeys);
  const selector = isSet(labelSelector) ? asObject(labelSelector) ?? {} : undefined;
  for (const [name, keys] of [['matchLabelKeys', match], ['mismatchLabelKeys', mismatch]] as const) {
    if (keys.length === 0) continue;
    if (!selector) {
      out.push(forbidden(`${termPath}.${name}`, 'must not be specified when labelSelector is not set'));
      continue;
    }
    keys.forEach((k, i) => {
      for (const msg of qualifiedNameErrors(k, version)) out.push(invalid(`${termPath}.${name}[${i}]`, k, msg));
    });
  }
  if (selector) {
    const index = new Map(match.map((k, i) => [k, i]));
    const { labels, expressions } = selectorKeys(selector);
    const seen = new Set(labels);
    for (const k of expressions) {
      const i = index.get(k);
      if (i !== undefined && seen.has(k)) out.push(invalid(`${termPath}[${i}]`, k, 'exists in both matchLabelKeys and labelSelector'));
      seen.add(k);
    }
  }
  const mismatchSet = new Set(mismatch);
  match.forEach((k, i) => {
    if (mismatchSet.has(k)) out.push(invalid(`${termPath}.matchLabelKeys[${i}]`, k, 'exists in both matchLabelKeys and mismatchLabelKeys'));
  });
  return out;
}

/**
 * core `ValidateMatchLabelKeysInTopologySpread` (1.28–1.33): keys need a labelSelector, are label
 * keys, and may not also be keys of the selector.
 */
export function validateTopologySpreadMatchLabelKeys(path: string, matchLabelKeys: unknown, labelSelector: unknown, version: KubernetesVersion): Finding[] {
  const keys = stringList(matchLabelKeys);
  if (keys.length === 0) return [];
  const out: Finding[] = [];
  const selector = isSet(labelSelector) ? asObject(labelSelector) ?? {} : undefined;
  let selectorKeySet = new Set<string>();
  if (selector) {
    const { labels, expressions } = selectorKeys(selector);
    selectorKeySet = new Set([...labels, ...expressions]);
  } else {
    out.push(forbidden(path, 'must not be specified when labelSelector is not set'));
  }
  keys.forEach((k, i) => {
    for (const msg of qualifiedNameErrors(k, version)) out.push(invalid(`${path}[${i}]`, k, msg));
    if (selectorKeySet.has(k)) out.push(invalid(`${path}[${i}]`, k, 'exists in both matchLabelKeys and labelSelector'));
  });
  return out;
}
