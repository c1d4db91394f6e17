import type { Rule } from '../rule';

/** The pod rules, in the order they run. Keep in step with the files in this folder. */
export const POD_RULES: readonly Rule[] = [];
