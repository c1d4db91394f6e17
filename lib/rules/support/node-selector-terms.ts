import { asArray, asObject } from '../../manifest/access';
import type { KubernetesVersion } from '../../versions';
import { OMITTED, forbidden, invalid, required, type Finding } from '../findings';
import { dns1123SubdomainErrors, labelValueErrors, qualifiedNameErrors } from './names';
import { validationChanged } from './gates';
import { deprecatedNodeLabelMessage } from './node-labels';
import { hintOrPlaceholder } from './placeholders';
import { goString, objectsOf } from './values';

const NODE_FIELD_KEYS = new Set(['metadata.name']);

function strings(value: unknown): string[] {
  return (asArray(value) ?? []).map((v) => goString(v) ?? '');
}

function hinted(value: string): { hint?: string } {
  const hint = hintOrPlaceholder(value, undefined, { allCaps: false });
  return hint ? { hint } : {};
}

/**
 * core `ValidateNodeSelectorTerm` (with `ValidateNodeSelectorRequirement` and
 * `ValidateNodeFieldSelectorRequirement`) plus the node-label warnings of
 * `GetWarningsForNodeSelectorTerm`. `checkValues` is false for preferred terms: their
 * values are only warned about (1.33+); required terms refuse bad values from 1.33.
 */
export function validateNodeSelectorTerm(term: Record<string, unknown>, path: string, required_: boolean, version: KubernetesVersion): Finding[] {
  const out: Finding[] = [];
  const valueRules = validationChanged(version, 'nodeAffinityValuesAreLabelValues');
  for (const { item: rq, index } of objectsOf(term.matchExpressions)) {
    const p = `${path}.matchExpressions[${index}]`;
    const op = goString(rq.operator) ?? '';
    const values = strings(rq.values);
    if (op === 'In' || op === 'NotIn') {
      if (values.length === 0) out.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (values.length > 0) out.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else if (op === 'Gt' || op === 'Lt') {
      if (values.length !== 1) out.push(required(`${p}.values`, "must be specified single value when `operator` is 'Lt' or 'Gt'"));
    } else {
      out.push(invalid(`${p}.operator`, op, 'not a valid selector operator'));
    }
    const key = goString(rq.key) ?? '';
    for (const msg of qualifiedNameErrors(key, version)) out.push(invalid(`${p}.key`, key, msg, hinted(key)));
    values.forEach((v, i) => {
      if (!valueRules) return;
      for (const msg of labelValueErrors(v, version)) {
        const at = `${p}.values[${i}]`;
        if (required_) out.push(invalid(at, v, msg, hinted(v)));
        else out.push(invalid(at, OMITTED, `${v} is invalid, ${msg}`, { severity: 'warning', ...hinted(v) }));
      }
    });
    const deprecated = deprecatedNodeLabelMessage(key, version);
    if (deprecated) out.push(invalid(`${p}.key`, OMITTED, `${key} is ${deprecated}`, { severity: 'warning', hint: 'use the label the message names' }));
  }
  for (const { item: rq, index } of objectsOf(term.matchFields)) {
    const p = `${path}.matchFields[${index}]`;
    const op = goString(rq.operator) ?? '';
    const values = strings(rq.values);
    if (op === 'In' || op === 'NotIn') {
      if (values.length !== 1) out.push(required(`${p}.values`, "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
    } else {
      out.push(invalid(`${p}.operator`, op, 'not a valid selector operator'));
    }
    const key = goString(rq.key) ?? '';
    if (!NODE_FIELD_KEYS.has(key)) out.push(invalid(`${p}.key`, key, 'not a valid field selector key', { hint: 'matchFields only takes the key metadata.name' }));
    else values.forEach((v, i) => {
      for (const msg of dns1123SubdomainErrors(v)) out.push(invalid(`${p}.values[${i}]`, v, msg, hinted(v)));
    });
  }
  return out;
}

/** The objects of `value` as node selector terms (`asObject` for each). */
export function termObject(value: unknown): Record<string, unknown> {
  return asObject(value) ?? {};
}
