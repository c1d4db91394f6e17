import type { RuleCase } from '../rule-cases';

/** A case whose pod template has these volumes (and nothing else changed). */
export function withVolumes(name: string, volumes: unknown[], rest: Partial<RuleCase> = {}): RuleCase {
  return { name, podSpec: { volumes }, ...rest };
}

/** The field path of volume `i` of a Job's template. */
export function vol(i: number, rest = ''): string {
  return `spec.template.spec.volumes[${i}]${rest}`;
}
