import type { Rule } from '../rule';

/** The job rules, in the order they run. Keep in step with the files in this folder. */
export const JOB_RULES: readonly Rule[] = [];
