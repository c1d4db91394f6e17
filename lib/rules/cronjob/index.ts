import type { Rule } from '../rule';

/** The cronjob rules, in the order they run. Keep in step with the files in this folder. */
export const CRONJOB_RULES: readonly Rule[] = [];
