/**
 * Differential fuzzing beyond the committed corpus: fresh cases from a seed of your choice, each
 * the generator's valid base with 1 to `--max-mutations` of its mutations stacked, judged by
 * `lintManifest` and by the oracle binaries, compared as the differential tests compare
 * (`test/differential/compare.ts`). Prints the disagreements per version and writes them, with
 * the manifests and the oracle's full verdicts, to `--out`. Needs the oracle binaries
 * (`npm run oracle`); not part of `npm test`. A disagreement found here becomes a rule fix plus
 * a rule test case (which the project goldens then judge).
 *
 *   tsx scripts/oracle/fuzz.ts [--seed S] [--count 20000] [--max-mutations 4] [--versions 1.28,1.36] [--out fuzz.json]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lintManifest } from '../../lib/lint';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { compare } from '../../test/differential/compare';
import { fuzzCase } from '../../test/differential/generator';
import { trimVerdict } from '../../test/differential/goldens';
import { judge } from './run-oracle';

const ROOT = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: 'fuzz-1' },
      count: { type: 'string', default: '20000' },
      'max-mutations': { type: 'string', default: '4' },
      versions: { type: 'string', default: '1.28,1.36' },
      out: { type: 'string', default: 'fuzz.json' },
      'bin-dir': { type: 'string', default: join(ROOT, 'oracle', 'bin') },
    },
  });
  const count = Number(values.count);
  const maxMutations = Number(values['max-mutations']);
  const versions = values.versions!.split(',').filter((v) => (KUBERNETES_VERSIONS as readonly string[]).includes(v));
  const cases = Array.from({ length: count }, (_, i) => fuzzCase(values.seed!, i, maxMutations));
  const found: unknown[] = [];
  for (const version of versions) {
    const binary = join(values['bin-dir']!, `k8s-oracle-${version}`);
    if (!existsSync(binary)) {
      console.error(`${binary} is missing: build it with \`bash oracle/build.sh ${version}\``);
      process.exit(2);
    }
    const verdicts = await judge({ binary }, cases.map((c) => c.manifest));
    let disagreements = 0;
    cases.forEach((c, i) => {
      const result = compare(lintManifest(c.manifest, { kubernetesVersion: version }), trimVerdict(verdicts[i]));
      if (!result || result.agree) return;
      disagreements++;
      found.push({ version, id: c.id, mutations: c.mutations, ours: result.ours, oracle: result.oracle, manifest: c.manifest, verdict: verdicts[i] });
    });
    console.log(`${version}: ${count} cases, ${disagreements} disagreements`);
  }
  writeFileSync(values.out!, `${JSON.stringify(found, null, 1)}\n`);
  if (found.length > 0) console.log(`wrote ${found.length} disagreements to ${values.out}`);
}

void main();
