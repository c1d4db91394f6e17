import { asArray, asObject, asString, asStringMap } from '../../manifest/access';
import { joinFieldPath } from '../../manifest/field-path';
import type { KubernetesVersion } from '../../versions';
import { forbidden, invalid, required, type Finding } from '../findings';
import { isLabelValue, isQualifiedName, labelValueErrors, qualifiedNameErrors } from './names';
import { isSet } from './values';

/** Operators of a `LabelSelectorRequirement` (metav1). */
export const SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;
type Operator = (typeof SELECTOR_OPERATORS)[number];

interface Requirement {
  readonly key: string;
  readonly op: Operator | 'Equals';
  readonly values: readonly string[];
}

/** A parsed selector: `nothing` (nil selector), `everything` (empty selector) or requirements. */
export type ParsedSelector = 'nothing' | 'everything' | readonly Requirement[];

/**
 * `metav1.LabelSelectorAsSelector`: `undefined` when the selector would not convert (bad operator,
 * bad key or value, missing or extra values); the server then skips every "matches" check.
 */
export function parseLabelSelector(selector: unknown): ParsedSelector | undefined {
  if (!isSet(selector)) return 'nothing';
  const s = asObject(selector);
  if (!s) return undefined;
  const matchLabels = asStringMap(s.matchLabels) ?? {};
  const expressions = asArray(s.matchExpressions) ?? [];
  if (Object.keys(matchLabels).length + expressions.length === 0) return 'everything';
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(matchLabels)) reqs.push({ key, op: 'Equals', values: [value] });
  for (const e of expressions) {
    const expr = asObject(e);
    const op = asString(expr?.operator);
    const key = asString(expr?.key) ?? '';
    const values = (asArray(expr?.values) ?? []).filter((v): v is string => typeof v === 'string');
    if (!op || !(SELECTOR_OPERATORS as readonly string[]).includes(op)) return undefined;
    reqs.push({ key, op: op as Operator, values });
  }
  for (const r of reqs) {
    if (!isQualifiedName(r.key)) return undefined;
    const needsValues = r.op === 'In' || r.op === 'NotIn' || r.op === 'Equals';
    if (needsValues ? r.values.length === 0 : r.values.length > 0) return undefined;
    if (!r.values.every(isLabelValue)) return undefined;
  }
  return reqs;
}

/** `labels.Selector.Matches`. */
export function selectorMatches(selector: ParsedSelector, labels: Readonly<Record<string, string>>): boolean {
  if (selector === 'nothing') return false;
  if (selector === 'everything') return true;
  return selector.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    const value = labels[r.key];
    switch (r.op) {
      case 'Equals':
      case 'In':
        return has && r.values.includes(value);
      case 'NotIn':
        return !has || !r.values.includes(value);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
    }
  });
}

/** `ValidateLabelSelector` (apimachinery `pkg/apis/meta/v1/validation`), at `path`. */
export function validateLabelSelector(selector: unknown, path: string, version: KubernetesVersion): Finding[] {
  const s = asObject(selector);
  if (!s) return [];
  const out: Finding[] = [];
  const matchLabels = asObject(s.matchLabels);
  if (matchLabels) {
    for (const k of Object.keys(matchLabels)) {
      if (!isQualifiedName(k)) for (const msg of qualifiedNameErrors(k, version)) out.push(invalid(joinFieldPath(path, 'matchLabels'), k, msg));
      const v = matchLabels[k];
      if (typeof v === 'string' && !isLabelValue(v)) for (const msg of labelValueErrors(v, version)) out.push(invalid(joinFieldPath(path, 'matchLabels'), v, msg));
    }
  }
  (asArray(s.matchExpressions) ?? []).forEach((e, i) => {
    const expr = asObject(e) ?? {};
    const at = (...rest: string[]) => joinFieldPath(path, 'matchExpressions', i, ...rest);
    const op = asString(expr.operator) ?? '';
    const values = asArray(expr.values) ?? [];
    if (op === 'In' || op === 'NotIn') {
      if (values.length === 0) out.push(required(at('values'), "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (values.length > 0) out.push(forbidden(at('values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      out.push(invalid(at('operator'), op, 'not a valid selector operator'));
    }
    const key = asString(expr.key) ?? '';
    for (const msg of qualifiedNameErrors(key, version)) out.push(invalid(at('key'), key, msg));
    values.forEach((v, j) => {
      if (typeof v !== 'string') return;
      for (const msg of labelValueErrors(v, version)) out.push(invalid(joinFieldPath(at('values'), j), v, msg));
    });
  });
  return out;
}
