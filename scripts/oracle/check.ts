/**
 * Fails when the goldens and what they judge have drifted apart (like `schemas:check`): the
 * generator's manifests vs the hashes in generated.json.gz, and the project's documents (corpus,
 * seeds, examples, rule tests' cases) vs the manifests stored in project.json.gz. No Go needed;
 * fix a drift with `npm run oracle` (or `npm run oracle:goldens` when the binaries exist).
 */
import { CASE_COUNT, GENERATOR_SEED, generateCase, manifestHash } from '../../test/differential/generator';
import { GENERATED_GOLDENS, PROJECT_GOLDENS, readGoldens } from '../../test/differential/goldens';
import { collectRuleCases, fileCases } from '../../test/differential/project-cases';


function main(): void {
  const problems: string[] = [];
  const generated = readGoldens(GENERATED_GOLDENS);
  if (generated.generator?.seed !== GENERATOR_SEED || generated.generator.count !== CASE_COUNT) {
    problems.push(`generated goldens: made with ${JSON.stringify(generated.generator)}, generator is ${JSON.stringify({ seed: GENERATOR_SEED, count: CASE_COUNT })}`);
  }
  const hashes = new Map(generated.cases.map((c) => [c.id, c.hash]));
  let drifted = 0;
  for (let i = 0; i < CASE_COUNT; i++) {
    const c = generateCase(i);
    if (hashes.get(c.id) !== manifestHash(c.manifest)) drifted++;
  }
  if (drifted > 0) problems.push(`generated goldens: ${drifted} of ${CASE_COUNT} manifests changed`);

  const project = readGoldens(PROJECT_GOLDENS);
  const stored = new Map(project.cases.map((c) => [c.id, JSON.stringify(c.manifest)]));
  const current = [...fileCases(), ...collectRuleCases()];
  const currentIds = new Set(current.map((c) => c.id));
  for (const c of current) {
    const s = stored.get(c.id);
    if (s === undefined) problems.push(`project goldens: ${c.id} is new`);
    else if (s !== JSON.stringify(c.manifest)) problems.push(`project goldens: ${c.id} changed`);
  }
  for (const id of stored.keys()) if (!currentIds.has(id)) problems.push(`project goldens: ${id} no longer exists`);

  if (problems.length > 0) {
    console.error(problems.slice(0, 50).join('\n') + (problems.length > 50 ? `\n... and ${problems.length - 50} more` : ''));
    console.error('goldens are stale: run `npm run oracle` (needs Go) or `npm run oracle:goldens` (needs the oracle binaries)');
    process.exit(1);
  }
  console.log(`goldens up to date: ${CASE_COUNT} generated cases, ${current.length} project cases, versions ${generated.versions.join(', ')}`);
}


main();
