import { CRONJOB_DOCS } from '../../cron/docs';
import { asArray, asObject, has } from '../../manifest/access';
import { isAtLeast, type KubernetesVersion } from '../../versions';
import { invalid, OMITTED, unsupported, type Finding } from '../findings';
import { defineRule } from '../rule';

// k8s pkg/apis/batch/validation/validation.go ValidateJobTemplateSpec: the controller generates
// the selector of each Job it creates, so the template may set neither selector nor
// manualSelector: true.
const HINT = 'remove selector and manualSelector from the job template: each Job gets a generated selector';

const quote = (s: unknown): string => JSON.stringify(String(s));

function goMap(m: Record<string, unknown> | undefined): string {
  if (!m) return 'map[string]string(nil)';
  const entries = Object.keys(m).sort().map((k) => `${quote(k)}:${quote(m[k])}`);
  return `map[string]string{${entries.join(', ')}}`;
}

function goStrings(v: unknown): string {
  const list = asArray(v);
  return list ? `[]string{${list.map(quote).join(', ')}}` : '[]string(nil)';
}

/**
 * The selector as apimachinery prints a bad value: Go syntax (`%#v` of v1.LabelSelector) up to
 * 1.33, JSON with Go's field order and omitempty from 1.34.
 */
function renderSelector(selector: Record<string, unknown>, version: KubernetesVersion): string {
  const labels = asObject(selector.matchLabels);
  const expressions = (asArray(selector.matchExpressions) ?? []).map((e) => asObject(e) ?? {});
  if (isAtLeast(version, '1.34')) {
    const json: Record<string, unknown> = {};
    if (labels && Object.keys(labels).length > 0) json.matchLabels = Object.fromEntries(Object.keys(labels).sort().map((k) => [k, labels[k]]));
    if (expressions.length > 0) {
      json.matchExpressions = expressions.map((e) => ({
        key: e.key ?? '',
        operator: e.operator ?? '',
        ...(asArray(e.values)?.length ? { values: e.values } : {}),
      }));
    }
    return JSON.stringify(json);
  }
  const requirement = (e: Record<string, unknown>) =>
    `v1.LabelSelectorRequirement{Key:${quote(e.key ?? '')}, Operator:${quote(e.operator ?? '')}, Values:${goStrings(e.values)}}`;
  const reqs = asArray(selector.matchExpressions)
    ? `[]v1.LabelSelectorRequirement{${expressions.map(requirement).join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${goMap(labels)}, MatchExpressions:${reqs}}`;
}

/** Rows 114–115: the job template sets neither selector nor manualSelector: true. */
export const cronjobJobTemplateSelector = defineRule({
  id: 'cronjob-job-template-selector',
  severity: 'error',
  summary: 'a CronJob job template must not set selector or manualSelector: true',
  docs: CRONJOB_DOCS.jobTemplate,
  appliesTo: ['CronJob'],
  triggers: ['job.selector', 'job.manualSelector'],
  refs: ['cronjob.jobTemplate.noSelector', 'cronjob.jobTemplate.noManualSelector'],
  hint: HINT,
  check({ version, rawSpec, at }) {
    const findings: Finding[] = [];
    const selector = asObject(rawSpec.selector);
    if (selector) {
      findings.push(invalid(at('selector'), OMITTED, `${renderSelector(selector, version)}: \`selector\` will be auto-generated`));
    }
    if (has(rawSpec, 'manualSelector') && rawSpec.manualSelector === true) {
      findings.push(unsupported(at('manualSelector'), true, ['nil', 'false']));
    }
    return findings;
  },
});
