/**
 * Regenerates the differential goldens from the oracle binaries: every generated case
 * (test/differential/generator) and every project case (corpus, seeds, examples, rule tests),
 * judged by each `k8s-oracle-1.XX` found in the binary directory. Needs the binaries (built by
 * `bash oracle/build.sh <minor>`, i.e. `npm run oracle`), not Go itself.
 *
 *   tsx scripts/oracle/goldens.ts [--bin-dir oracle/bin] [--out-dir test/differential/goldens] [--only generated|project]
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CASE_COUNT, GENERATOR_SEED, generateCases, manifestHash } from '../../test/differential/generator';
import { GOLDENS_DIR, trimVerdict, writeGoldens, type GoldenCase, type OracleVerdict } from '../../test/differential/goldens';
import { collectRuleCases, fileCases } from '../../test/differential/project-cases';
import { judge, oracleVersion } from './run-oracle';

/** Every minor the oracle can be built for, oldest first. */
export const ORACLE_MINORS = ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36', '1.37'];

const ROOT = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'bin-dir': { type: 'string' }, 'out-dir': { type: 'string' }, only: { type: 'string' } } });
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
  for (const m of minors) kubernetes[m] = await oracleVersion(join(binDir, `k8s-oracle-${m}`));
  console.log(`oracle binaries: ${minors.map((m) => `${m} (${kubernetes[m]})`).join(', ')}`);

  if (values.only !== 'project') {
    const cases = generateCases();
    const verdicts = await judgeAll(binDir, minors, cases.map((c) => c.manifest));
    const golden: GoldenCase[] = cases.map((c, i) => ({ id: c.id, hash: manifestHash(c.manifest), verdicts: minors.map((_, v) => verdicts[v]![i]!) }));
    writeGoldens(GENERATED_GOLDENS, { kubernetes, versions: minors, generator: { seed: GENERATOR_SEED, count: CASE_COUNT }, cases: golden });
    console.log(`wrote ${GENERATED_GOLDENS}: ${golden.length} cases × ${minors.length} versions`);
  }
  if (values.only !== 'generated') {
    const cases = [...fileCases(), ...collectRuleCases()];
    const verdicts = await judgeAll(binDir, minors, cases.map((c) => c.manifest));
    const golden: GoldenCase[] = cases.map((c, i) => ({ id: c.id, hash: manifestHash(c.manifest), manifest: c.manifest, verdicts: minors.map((_, v) => verdicts[v]![i]!) }));
    writeGoldens(PROJECT_GOLDENS, { kubernetes, versions: minors, cases: golden });
    console.log(`wrote ${PROJECT_GOLDENS}: ${golden.length} cases × ${minors.length} versions`);
  }
}

async function judgeAll(binDir: string, minors: readonly string[], docs: readonly unknown[]): Promise<OracleVerdict[][]> {
  // Two binaries at a time: the oracle is single-threaded and CI machines have two cores.
  const out: OracleVerdict[][] = new Array(minors.length);
  let next = 0;
  const worker = async () => {
    for (let v = next++; v < minors.length; v = next++) {
      const t = Date.now();
      out[v] = (await judge({ binary: join(binDir, `k8s-oracle-${minors[v]}`) }, docs)).map(trimVerdict);
      console.log(`  ${minors[v]}: ${docs.length} documents in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}


main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
