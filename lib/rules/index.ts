import { CRONJOB_RULES } from './cronjob';
import { JOB_RULES } from './job';
import { METADATA_RULES } from './metadata';
import { POD_RULES } from './pod';
import type { Rule } from './rule';
import { VOLUME_RULES } from './volume';

/** Every rule, in the order they run: object metadata, JobSpec, pod template, volumes, CronJob. */
export const ALL_RULES: readonly Rule[] = [...METADATA_RULES, ...JOB_RULES, ...POD_RULES, ...VOLUME_RULES, ...CRONJOB_RULES];

/** Looks a rule up by id. */
export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
