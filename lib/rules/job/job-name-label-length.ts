import { invalid, type Finding } from '../findings';
import { defineRule } from '../rule';
import { DOCS } from '../support/docs';
import { JOB_NAME_LABEL, LEGACY_JOB_NAME_LABEL, effectiveName, isManualSelector, jobLabelsShareTemplateLabels, writtenTemplateLabels } from '../support/generated-labels';
import { isLabelValue, labelValueErrors } from '../support/names';

/**
 * Rule 10: PrepareForCreate copies the Job name into the `job-name` and
 * `batch.kubernetes.io/job-name` template labels, which ValidatePodTemplateSpec then checks as
 * label values at `spec.template.labels` (kubernetes `pkg/registry/batch/job/strategy.go`
 * generateSelector), and at `metadata.labels` too when the Job's labels are the template's map
 * (see {@link jobLabelsShareTemplateLabels}). Keys the user set are left alone (see generated-label-conflict).
 */
export const jobNameLabelLength = defineRule({
  id: 'job-name-label-length',
  severity: 'error',
  summary: 'a Job name must fit a label value (63 characters) unless manualSelector is true',
  docs: DOCS.podSelector,
  appliesTo: ['Job'],
  refs: ['job.name.labelValue63'],
  hint: 'shorten metadata.name to 63 characters or fewer',
  check(view) {
    const name = effectiveName(view);
    if (name === undefined || isManualSelector(view) || isLabelValue(name)) return [];
    const written = writtenTemplateLabels(view);
    const paths = jobLabelsShareTemplateLabels(view) ? [view.at('template', 'labels'), 'metadata.labels'] : [view.at('template', 'labels')];
    const out: Finding[] = [];
    for (const key of [LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL]) {
      if (key in written) continue;
      for (const msg of labelValueErrors(name, view.version)) for (const path of paths) out.push(invalid(path, name, msg));
    }
    return out;
  },
});
