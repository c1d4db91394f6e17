import { asObject } from '../../manifest/access';
import { key } from '../../manifest/field-path';
import { OMITTED, invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { labelValueErrors, qualifiedNameErrors } from '../support/names';
import { deprecatedNodeLabelMessage } from '../support/node-labels';
import { hintOrPlaceholder } from '../support/placeholders';
import { podAt } from '../support/pod';
import { POD_DOCS } from '../support/pod-docs';

const HINT = "use node label keys and values: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit";

/**
 * core ValidatePodSpec → `ValidateLabels(spec.NodeSelector)`: keys are qualified names and
 * values label values, reported at `nodeSelector` (no key). A value such as `<node-hostname>`
 * gets the placeholder hint. A deprecated node label (`beta.kubernetes.io/os`) is accepted with
 * a warning at `nodeSelector[<key>]`.
 */
export const podNodeSelector = defineRule({
  id: 'pod-node-selector',
  severity: 'error',
  summary: 'nodeSelector keys must be label keys and values label values',
  docs: POD_DOCS.nodeSelector,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['pod.nodeSelector'],
  refs: ['core.ValidateLabels'],
  hint: HINT,
  check(view) {
    const selector = asObject(view.podSpec.nodeSelector);
    if (!selector) return [];
    const out: Finding[] = [];
    const path = podAt(view, 'nodeSelector');
    for (const [k, v] of Object.entries(selector)) {
      const keyHint = hintOrPlaceholder(k, HINT);
      for (const msg of qualifiedNameErrors(k, view.version)) out.push(invalid(path, k, msg, { hint: keyHint }));
      if (typeof v === 'string') {
        const valueHint = hintOrPlaceholder(v, HINT, { allCaps: false });
        for (const msg of labelValueErrors(v, view.version)) out.push(invalid(path, v, msg, { hint: valueHint }));
      }
      const deprecated = deprecatedNodeLabelMessage(k, view.version);
      if (deprecated) out.push(invalid(podAt(view, 'nodeSelector', key(k)), OMITTED, deprecated, { severity: 'warning', hint: 'use the label the message names' }));
    }
    return out;
  },
});
