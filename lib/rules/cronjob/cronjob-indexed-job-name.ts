import { CRONJOB_DOCS } from '../../cron/docs';
import { CompletionMode } from '../../k8s/enums';
import { asInt } from '../../manifest/access';
import { invalid } from '../findings';
import { defineRule } from '../rule';

/**
 * Digits of the scheduled time the controller appends to each Job name (`<cronjob>-<minutes since
 * the epoch>`, k8s pkg/controller/cronjob/utils.go getJobName). The API server reserves 11
 * characters (a dash and 10 digits) for it, but the number has had 8 digits since 1989 and keeps
 * them until the year 2160, so 8 is what every Job actually gets: using 10 would warn about
 * names that work.
 */
const SCHEDULED_TIME_DIGITS = 8;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LABEL = 63;

/**
 * An Indexed job template whose pod hostnames `<cronjob>-<minutes>-<completions-1>` cannot be DNS
 * labels passes CronJob create, but the API server rejects every Job the CronJob creates
 * (k8s pkg/apis/batch/validation/validation.go ValidateJob: `will not able to create pod with
 * invalid DNS label`).
 */
export const cronjobIndexedJobName = defineRule({
  id: 'cronjob-indexed-job-name',
  severity: 'warning',
  summary: 'an Indexed CronJob must have a name that leaves room for the Job suffix and pod index in a 63-character hostname',
  docs: CRONJOB_DOCS.jobTemplate,
  appliesTo: ['CronJob'],
  triggers: ['job.completionMode'],
  refs: ['job.indexed.podHostname'],
  check({ name, spec }) {
    if (!name || spec.completionMode !== CompletionMode.INDEXED) return [];
    // The JobSpec defaults of each created Job: both unset gives completions 1.
    const completions = asInt(spec.completions) ?? (spec.parallelism === undefined || spec.parallelism === null ? 1 : undefined);
    if (completions === undefined || completions <= 0) return [];
    const hostname = `${name}-${'0'.repeat(SCHEDULED_TIME_DIGITS)}-${completions - 1}`;
    if (hostname.length <= MAX_LABEL && DNS1123_LABEL.test(hostname)) return [];
    const room = MAX_LABEL - (SCHEDULED_TIME_DIGITS + 2 + String(completions - 1).length);
    return [
      invalid(
        'metadata.name',
        name,
        `every Job this CronJob creates would be rejected: its pods' hostname ${name}-<${SCHEDULED_TIME_DIGITS}-digit time>-${completions - 1} is not a valid DNS label (at most ${MAX_LABEL} characters, no dots)`,
        { hint: `use a name without dots of at most ${room} characters, or fewer completions` },
      ),
    ];
  },
});
