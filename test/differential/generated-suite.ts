/** The generated corpus, split into shards (one test file each) so vitest's workers share it. */
import { differentialSuite } from './suite';
import { CASE_COUNT, GENERATOR_SEED, generateCase } from './generator';
import { GENERATED_GOLDENS } from './goldens';

export const SHARDS = 4;

export function generatedShard(shard: number): void {
  differentialSuite({
    title: `differential: generated cases, shard ${shard + 1}/${SHARDS}`,
    goldensFile: GENERATED_GOLDENS,
    subjects: () => {
      const out = [];
      for (let i = shard; i < CASE_COUNT; i += SHARDS) {
        const c = generateCase(i);
        out.push({ id: c.id, kind: c.kind, families: c.families, manifest: c.manifest });
      }
      return out;
    },
    drift: (golden) => {
      const g = golden.generator;
      return g && g.seed === GENERATOR_SEED && g.count === CASE_COUNT
        ? []
        : [`goldens were made with generator ${JSON.stringify(g)}, the generator is ${JSON.stringify({ seed: GENERATOR_SEED, count: CASE_COUNT })}`];
    },
  });
}
