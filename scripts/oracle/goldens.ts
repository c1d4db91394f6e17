/**
 * Regenerates the differential goldens from the oracle binaries: every generated case
 * (test/differential/generator) and every project case (corpus, seeds, examples, rule tests),
 * judged by each `k8s-oracle-1.XX` found in the binary directory. Needs the binaries (built by
 * `bash oracle/build.sh <minor>`, i.e. `npm run oracle`), not Go itself.
 *
 * A verdict already in the goldens from the same oracle binary (sha256) for the same manifest
 * hash is kept instead of asked again (so adding a minor judges only that minor); `--fresh` asks again.
 *
 *   tsx scripts/oracle/goldens.ts [--bin-dir oracle/bin] [--out-dir test/differential/goldens] [--only generated|project] [--fresh]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CASE_COUNT, GENERATOR_SEED, generateCases, manifestHash } from '../../test/differential/generator';
import { GOLDENS_DIR, readGoldens, trimVerdict, writeGoldens, type GoldenCase, type GoldenFile, type OracleVerdict } from '../../test/differential/goldens';
import { collectRuleCases, fileCases } from '../../test/differential/project-cases';
import { judge, oracleVersion } from './run-oracle';

/** Every minor the oracle can be built for, oldest first. */
export const ORACLE_MINORS = ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36', '1.37'];

const ROOT = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'bin-dir': { type: 'string' }, 'out-dir': { type: 'string' }, only: { type: 'string' }, fresh: { type: 'boolean' } } });
  const binDir = resolve(values['bin-dir'] ?? process.env.ORACLE_BIN_DIR ?? join(ROOT, 'oracle', 'bin'));
  const outDir = resolve(values['out-dir'] ?? GOLDENS_DIR);
  mkdirSync(outDir, { recursive: true });
  const GENERATED_GOLDENS = join(outDir, 'generated.json.gz');
  const PROJECT_GOLDENS = join(outDir, 'project.json.gz');
  const minors = ORACLE_MINORS.filter((m) => existsSync(join(binDir, `k8s-oracle-${m}`)));
  if (minors.length === 0) {
    console.error(`no oracle binaries in ${binDir}: build them with \`npm run oracle\` (bash oracle/build.sh <minor>)`);
    process.exit(2);
  }
  const kubernetes: Record<string, string> = {};
  const oracle: Record<string, string> = {};
  for (const m of minors) {
    const binary = join(binDir, `k8s-oracle-${m}`);
    kubernetes[m] = await oracleVersion(binary);
    oracle[m] = createHash('sha256').update(readFileSync(binary)).digest('hex').slice(0, 16);
  }
  console.log(`oracle binaries: ${minors.map((m) => `${m} (${kubernetes[m]})`).join(', ')}`);

  if (values.only !== 'project') {
    const cases = generateCases();
    const previous = !values.fresh && existsSync(GENERATED_GOLDENS) ? readGoldens(GENERATED_GOLDENS) : undefined;
    const subjects = cases.map((c) => ({ id: c.id, hash: manifestHash(c.manifest), manifest: c.manifest }));
    const verdicts = await judgeAll(binDir, minors, oracle, subjects, previous);
    const golden: GoldenCase[] = subjects.map((c, i) => ({ id: c.id, hash: c.hash, verdicts: minors.map((_, v) => verdicts[v]![i]!) }));
    writeGoldens(GENERATED_GOLDENS, { kubernetes, versions: minors, oracle, generator: { seed: GENERATOR_SEED, count: CASE_COUNT }, cases: golden });
    console.log(`wrote ${GENERATED_GOLDENS}: ${golden.length} cases × ${minors.length} versions`);
  }
  if (values.only !== 'generated') {
    const previous = !values.fresh && existsSync(PROJECT_GOLDENS) ? readGoldens(PROJECT_GOLDENS) : undefined;
    const subjects = [...fileCases(), ...collectRuleCases()].map((c) => ({ ...c, hash: manifestHash(c.manifest) }));
    const verdicts = await judgeAll(binDir, minors, oracle, subjects, previous);
    const golden: GoldenCase[] = subjects.map((c, i) => ({ id: c.id, hash: c.hash, manifest: c.manifest, verdicts: minors.map((_, v) => verdicts[v]![i]!) }));
    writeGoldens(PROJECT_GOLDENS, { kubernetes, versions: minors, oracle, cases: golden });
    console.log(`wrote ${PROJECT_GOLDENS}: ${golden.length} cases × ${minors.length} versions`);
  }
}

interface ToJudge {
  readonly id: string;
  readonly hash: string;
  readonly manifest: unknown;
}

async function judgeAll(
  binDir: string,
  minors: readonly string[],
  oracle: Readonly<Record<string, string>>,
  subjects: readonly ToJudge[],
  previous: GoldenFile | undefined,
): Promise<OracleVerdict[][]> {
  // Two binaries at a time: the oracle is single-threaded and CI machines have two cores.
  const out: OracleVerdict[][] = new Array(minors.length);
  const before = new Map(previous?.cases.map((c) => [c.id, c]));
  let next = 0;
  const worker = async () => {
    for (let v = next++; v < minors.length; v = next++) {
      const minor = minors[v] as string;
      const p = previous?.oracle?.[minor] === oracle[minor] ? previous!.versions.indexOf(minor) : -1;
      const kept = subjects.map((s) => {
        const old = p >= 0 ? before.get(s.id) : undefined;
        return old && old.hash === s.hash ? old.verdicts[p] : undefined;
      });
      const todo = subjects.flatMap((_, i) => (kept[i] ? [] : [i]));
      const t = Date.now();
      const judged = todo.length === 0 ? [] : (await judge({ binary: join(binDir, `k8s-oracle-${minor}`) }, todo.map((i) => subjects[i]!.manifest))).map(trimVerdict);
      const fresh = new Map(todo.map((i, j) => [i, judged[j]!]));
      out[v] = subjects.map((_, i) => kept[i] ?? fresh.get(i)!);
      console.log(`  ${minor}: ${todo.length} of ${subjects.length} documents judged in ${((Date.now() - t) / 1000).toFixed(1)} s, ${subjects.length - todo.length} kept`);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}


main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
