/**
 * Rewrites test/differential/expected-disagreements.json from the current engine: every
 * disagreement between `lintManifest` and the committed goldens, on every version the engine
 * supports (entries of golden versions it does not support yet are kept as they are). Prints the
 * counts per family and version. No Go needed.
 *
 *   tsx scripts/oracle/baseline.ts
 */
import { existsSync } from 'node:fs';
import { batchKindOf } from '../../lib/manifest/classify';
import { comparableVersions, disagreements, type Subject } from '../../test/differential/differential';
import { ALL_MINORS, EXPECTED_FILE, countsOf, readExpected, writeExpected, type Expected } from '../../test/differential/expected';
import { FAMILIES } from '../../test/differential/families';
import { CASE_COUNT, generateCase } from '../../test/differential/generator';
import { GENERATED_GOLDENS, PROJECT_GOLDENS, readGoldens, type GoldenFile } from '../../test/differential/goldens';

function main(): void {
  const previous: Expected = existsSync(EXPECTED_FILE) ? readExpected() : new Map();
  const next: Expected = new Map();
  const recomputed = new Set<string>();
  const sources: Array<[string, () => Subject[]]> = [
    [GENERATED_GOLDENS, () => Array.from({ length: CASE_COUNT }, (_, i) => generateCase(i)).map((c) => ({ id: c.id, kind: c.kind, families: c.families, manifest: c.manifest }))],
    [PROJECT_GOLDENS, () => []],
  ];
  let judged = 0;
  for (const [file, generated] of sources) {
    if (!existsSync(file)) continue;
    const golden: GoldenFile = readGoldens(file);
    const byId = new Map(golden.cases.map((c) => [c.id, c]));
    const subjects: Subject[] =
      file === PROJECT_GOLDENS ? golden.cases.map((c) => ({ id: c.id, kind: batchKindOf(c.manifest) ?? 'Job', families: [], manifest: c.manifest })) : generated();
    for (const version of comparableVersions(golden)) {
      recomputed.add(version);
      const v = golden.versions.indexOf(version);
      const t = Date.now();
      for (const f of disagreements(subjects, version, (s) => byId.get(s.id)?.verdicts[v])) {
        if (!next.has(version)) next.set(version, new Map());
        next.get(version)!.set(f.id, f.family);
      }
      judged += subjects.length;
      process.stderr.write(`${file.split('/').pop()} ${version}: ${subjects.length} cases in ${Date.now() - t} ms\n`);
    }
  }
  for (const [version, entries] of previous) if (!recomputed.has(version)) next.set(version, entries);
  writeExpected(next);

  const counts = countsOf(next);
  const versions = ALL_MINORS.filter((v) => next.has(v) || recomputed.has(v));
  console.log(`${judged} verdicts compared; expected disagreements per family and version:`);
  console.log(['family'.padEnd(30), ...versions.map((v) => v.padStart(6))].join(''));
  for (const f of FAMILIES) console.log([f.padEnd(30), ...versions.map((v) => String(counts[f]?.[v] ?? 0).padStart(6))].join(''));
  console.log(['total'.padEnd(30), ...versions.map((v) => String(next.get(v)?.size ?? 0).padStart(6))].join(''));
}

main();
