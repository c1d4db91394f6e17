/**
 * Explains the disagreements between `lintManifest` and the goldens, clustered by mutation, so a
 * family can be worked through: for each cluster, how many cases, and for a few of them the
 * oracle's errors next to ours. No Go needed.
 *
 *   tsx scripts/oracle/explain.ts [--family F] [--version 1.34] [--mutation M] [--examples 2] [--manifest]
 *   tsx scripts/oracle/explain.ts --case g00042 --version 1.34 --manifest
 */
import { parseArgs } from 'node:util';
import { lintManifest } from '../../lib/lint';
import { batchKindOf } from '../../lib/manifest/classify';
import { compare } from '../../test/differential/compare';
import { familyOf, type Subject } from '../../test/differential/differential';
import { CASE_COUNT, generateCase } from '../../test/differential/generator';
import { GENERATED_GOLDENS, PROJECT_GOLDENS, readGoldens } from '../../test/differential/goldens';

const { values } = parseArgs({
  options: {
    family: { type: 'string' },
    version: { type: 'string', default: '1.36' },
    mutation: { type: 'string' },
    case: { type: 'string' },
    examples: { type: 'string', default: '2' },
    manifest: { type: 'boolean', default: false },
    project: { type: 'boolean', default: false },
  },
});

const version = values.version!;
const examples = Number(values.examples);
const golden = readGoldens(values.project ? PROJECT_GOLDENS : GENERATED_GOLDENS);
const v = golden.versions.indexOf(version);
if (v < 0) throw new Error(`no goldens at ${version}`);
const byId = new Map(golden.cases.map((c) => [c.id, c]));

interface Row {
  subject: Subject;
  mutations: readonly string[];
  lines: string[];
}
const clusters = new Map<string, Row[]>();

function subjects(): Iterable<Subject & { mutations: readonly string[] }> {
  if (values.project) {
    return golden.cases.map((c) => ({ id: c.id, kind: batchKindOf(c.manifest) ?? 'Job', families: [], mutations: [], manifest: c.manifest }));
  }
  if (values.case) {
    const c = generateCase(Number(values.case.slice(1)));
    return [{ ...c }];
  }
  return (function* () {
    for (let i = 0; i < CASE_COUNT; i++) yield generateCase(i);
  })();
}

for (const s of subjects()) {
  if (values.case && s.id !== values.case) continue;
  if (values.mutation && !s.mutations.some((m) => m.includes(values.mutation!))) continue;
  const oracle = byId.get(s.id)?.verdicts[v];
  if (!oracle) continue;
  const ours = lintManifest(s.manifest, { kubernetesVersion: version });
  const result = compare(ours, oracle);
  if (!result || (result.agree && !values.case)) continue;
  const family = result.agree ? 'agree' : familyOf(s, result);
  if (values.family && family !== values.family) continue;
  const key = `${family} ${s.mutations.join(' + ') || '(none)'}`;
  const lines = [
    `  ${s.id} ${s.kind} ${result.agree ? 'AGREE' : result.kind}: oracle ${oracle.accepted ? 'accepts' : `refuses (${oracle.status ?? oracle.stage})`}`,
    ...oracle.errors.map((e) => `    oracle ${e.type} ${e.field}: ${(e.detail ?? '').slice(0, 200)}`),
    ...oracle.warnings.map((w) => `    oracle warning: ${w.slice(0, 200)}`),
    ...ours.map((o) => `    ours   ${o.severity} ${o.rule} ${o.path}: ${o.message.slice(0, 200)}`),
  ];
  if (values.manifest) lines.push(JSON.stringify(s.manifest, null, 1).split('\n').map((l) => `    | ${l}`).join('\n'));
  if (!clusters.has(key)) clusters.set(key, []);
  clusters.get(key)!.push({ subject: s, mutations: s.mutations, lines });
}

const sorted = [...clusters.entries()].sort((a, b) => b[1].length - a[1].length);
let total = 0;
for (const [key, rows] of sorted) {
  total += rows.length;
  console.log(`\n## ${rows.length} × ${key}`);
  for (const r of rows.slice(0, examples)) console.log(r.lines.join('\n'));
}
console.log(`\n${total} disagreements at ${version} in ${sorted.length} clusters`);
