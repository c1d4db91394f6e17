import type { Rule } from '../rule';

/** The metadata rules, in the order they run. Keep in step with the files in this folder. */
export const METADATA_RULES: readonly Rule[] = [];
