import { CONTAINER_RULES } from './container';
import { CRONJOB_RULES } from './cronjob';
import { JOB_RULES } from './job';
import { METADATA_RULES } from './metadata';
import { POD_RULES } from './pod';
import { RECOMMENDED_RULES } from './recommended';
import type { Rule } from './rule';
import { VOLUME_RULES } from './volume';

/**
 * Every rule, in the order they run: the API server's (object metadata, JobSpec, pod template,
 * volumes, containers, CronJob), then the recommended checks (warnings only).
 */
export const ALL_RULES: readonly Rule[] = [...METADATA_RULES, ...JOB_RULES, ...POD_RULES, ...VOLUME_RULES, ...CONTAINER_RULES, ...CRONJOB_RULES, ...RECOMMENDED_RULES];

export { RECOMMENDED_RULES };

/** Looks a rule up by id. */
export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}
