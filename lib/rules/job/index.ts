import type { Rule } from '../rule';
import { completionMode } from './completion-mode';
import { featureGatedField } from './feature-gated-field';
import { generatedLabelConflict } from './generated-label-conflict';
import { indexedCompletionsRequired } from './indexed-completions-required';
import { indexedHighCompletions } from './indexed-high-completions';
import { indexedLimits } from './indexed-limits';
import { indexedPodHostname } from './indexed-pod-hostname';
import { jobNameLabelLength } from './job-name-label-length';
import { jobNonNegativeFields } from './job-non-negative-fields';
import { jobRestartPolicy } from './job-restart-policy';
import { managedByFormat } from './managed-by-format';
import { manualSelectorRequired } from './manual-selector-required';
import { maxFailedIndexesRequiresBackoffLimitPerIndex } from './max-failed-indexes-requires-backoff-limit-per-index';
import { perIndexBackoffRequiresIndexed } from './per-index-backoff-requires-indexed';
import { podFailurePolicyOnExitCodes } from './pod-failure-policy-on-exit-codes';
import { podFailurePolicyOnPodConditions } from './pod-failure-policy-on-pod-conditions';
import { podFailurePolicyRestartPolicy } from './pod-failure-policy-restart-policy';
import { podFailurePolicyRulesRule } from './pod-failure-policy-rules';
import { podReplacementPolicy } from './pod-replacement-policy';
import { selectorMatchesTemplate } from './selector-matches-template';
import { successPolicyRequiresIndexed } from './success-policy-requires-indexed';
import { successPolicyRulesRule } from './success-policy-rules';
import { successPolicySucceededCount } from './success-policy-succeeded-count';
import { successPolicySucceededIndexes } from './success-policy-succeeded-indexes';

/** The job rules, in the order they run. Keep in step with the files in this folder. */
export const JOB_RULES: readonly Rule[] = [
  // version gates first: they explain why gated rules below stay silent
  featureGatedField,
  // Job only: names, generated selector and labels (PrepareForCreate)
  jobNameLabelLength,
  indexedPodHostname,
  manualSelectorRequired,
  selectorMatchesTemplate,
  generatedLabelConflict,
  // JobSpec (Job and CronJob jobTemplate)
  jobNonNegativeFields,
  maxFailedIndexesRequiresBackoffLimitPerIndex,
  managedByFormat,
  completionMode,
  indexedCompletionsRequired,
  indexedLimits,
  indexedHighCompletions,
  perIndexBackoffRequiresIndexed,
  // pod failure policy
  podFailurePolicyRulesRule,
  podFailurePolicyOnExitCodes,
  podFailurePolicyOnPodConditions,
  podFailurePolicyRestartPolicy,
  // success policy
  successPolicyRequiresIndexed,
  successPolicyRulesRule,
  successPolicySucceededIndexes,
  successPolicySucceededCount,
  // replacement and restart
  podReplacementPolicy,
  jobRestartPolicy,
];
