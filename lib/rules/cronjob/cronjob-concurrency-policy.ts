import { CRONJOB_DOCS } from '../../cron/docs';
import { CONCURRENCY_POLICIES } from '../../k8s/enums';
import { unsupported } from '../findings';
import { defineRule } from '../rule';

// k8s pkg/apis/batch/validation/validation.go validateConcurrencyPolicy. An omitted or empty
// value is defaulted to Allow first (SetDefaults_CronJob), so view.cronSpec always has one.
/** Row 111: concurrencyPolicy is Allow, Forbid or Replace after defaulting. */
export const cronjobConcurrencyPolicy = defineRule({
  id: 'cronjob-concurrency-policy',
  severity: 'error',
  summary: 'a CronJob concurrencyPolicy must be Allow, Forbid or Replace',
  docs: CRONJOB_DOCS.concurrencyPolicy,
  appliesTo: ['CronJob'],
  triggers: ['cron.concurrencyPolicy'],
  refs: ['cronjob.concurrencyPolicy.allowed'],
  hint: 'set concurrencyPolicy: Allow, Forbid or Replace (values are case-sensitive)',
  constructHint: 'use ConcurrencyPolicy.ALLOW, ConcurrencyPolicy.FORBID or ConcurrencyPolicy.REPLACE (values are case-sensitive)',
  check({ cronSpec = {} }) {
    const policy = cronSpec.concurrencyPolicy;
    if (typeof policy !== 'string' || (CONCURRENCY_POLICIES as readonly string[]).includes(policy)) return [];
    return [unsupported('spec.concurrencyPolicy', policy, CONCURRENCY_POLICIES)];
  },
});
