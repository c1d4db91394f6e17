import { asObject } from '../../manifest/access';
import { key } from '../../manifest/field-path';
import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { goString } from '../support/values';

const MIRROR = 'kubernetes.io/config.mirror';
const TOLERATIONS = 'scheduler.alpha.kubernetes.io/tolerations';
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const DECIMAL = /^-?[0-9]+$/;

/** `GetDeletionCostFromPodAnnotations`: a base-10 int32 without '+' or leading zeros (a '-' may precede zeros). */
function isDeletionCost(value: string): boolean {
  if (!DECIMAL.test(value)) return false;
  if (value.startsWith('0') && value !== '0') return false;
  const n = Number(value);
  return n >= INT32_MIN && n <= INT32_MAX;
}

/** Whether `encoding/json` can decode the value into `[]core.Toleration` (type checks only). */
function decodesAsTolerations(value: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return false;
  }
  if (parsed === null) return true;
  if (!Array.isArray(parsed)) return false;
  return parsed.every((t) => {
    if (t === null) return true;
    if (typeof t !== 'object' || Array.isArray(t)) return false;
    const o = t as Record<string, unknown>;
    const strings = ['key', 'operator', 'value', 'effect'].every((f) => o[f] === undefined || o[f] === null || typeof o[f] === 'string');
    const seconds = o.tolerationSeconds;
    return strings && (seconds === undefined || seconds === null || Number.isSafeInteger(seconds));
  });
}

/**
 * `ValidatePodSpecificAnnotations`, the annotations other than seccomp and AppArmor (those are
 * the pod security rules'): the mirror-pod annotation needs a nodeName, the legacy tolerations
 * annotation must decode as a toleration list, and the pod deletion cost must be an int32. The
 * tolerations' own values are not checked here.
 */
export const podTemplateAnnotationValues = defineRule({
  id: 'pod-template-annotation-values',
  severity: 'error',
  summary: 'pod template annotations the server reads (mirror pod, tolerations, pod deletion cost) must hold values it can use',
  docs: DOCS.annotations,
  appliesTo: ['Job', 'CronJob'],
  triggers: ['podMetadata.annotations'],
  refs: ['core.ValidatePodSpecificAnnotations'],
  hint: `write ${DELETION_COST} as a whole number such as "100" or "-5", remove ${MIRROR} (only the kubelet sets it), and use spec.tolerations instead of ${TOLERATIONS}`,
  check(view) {
    const annotations = asObject(asObject(asObject(view.rawSpec.template)?.metadata)?.annotations);
    if (!annotations) return [];
    const out: Finding[] = [];
    const mirror = annotations[MIRROR];
    if (typeof mirror === 'string' && (goString(view.podSpec.nodeName) ?? '') === '') {
      out.push(invalid(view.at('template', 'annotations', key(MIRROR)), mirror, 'must set spec.nodeName if mirror pod annotation is set'));
    }
    const tolerations = annotations[TOLERATIONS];
    if (typeof tolerations === 'string' && tolerations !== '' && !decodesAsTolerations(tolerations)) {
      out.push(invalid(view.at('template', 'annotations'), TOLERATIONS, 'must be a JSON list of tolerations'));
    }
    const cost = annotations[DELETION_COST];
    if (typeof cost === 'string' && !isDeletionCost(cost)) {
      out.push(invalid(view.at('template', 'annotations', key(DELETION_COST)), cost, 'must be a 32bit integer'));
    }
    return out;
  },
});
