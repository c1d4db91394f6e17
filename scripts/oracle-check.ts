/**
 * Judges what the project already has with the Go oracle (oracle/bin/k8s-oracle-1.XX) and prints
 * every disagreement with the project's own verdicts:
 * - ../shared/corpus (INDEX.json `expect`, per file: invalid ⇔ some Job/CronJob document refused),
 * - test/fixtures/seeds (INDEX.json `verdict`, linted as 1.28 by test/seeds.test.ts),
 * - the rule tests' cases (recorded by `CDK8S_JOBS_RULE_CASES_OUT=<dir> npx vitest list test/rules`),
 * - the synthesized examples (dist/*.yaml, after `npm run synth`): all must be accepted.
 * For corpus and seeds it also shows `lintManifest`'s verdict on the same version.
 *
 * Usage: npx tsx scripts/oracle-check.ts [--rule-cases <dir>] [--dist <dir>] <minor>...
 * Needs the oracle binaries (bash oracle/build.sh <minor>); not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintManifest } from '../lib/lint';
import { batchKindOf } from '../lib/manifest/classify';
import { KUBERNETES_VERSIONS, resolveKubernetesVersion } from '../lib/versions';
import { loadDocuments } from '../lib/yaml';

interface OracleError {
  readonly type: string;
  readonly field: string;
  readonly message: string;
}
interface OracleVerdict {
  readonly accepted: boolean;
  readonly skipped?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly errors: readonly OracleError[];
  readonly warnings: readonly string[];
}

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const SEEDS = join(ROOT, 'test', 'fixtures', 'seeds');

function oracle(minor: string, stream: string): OracleVerdict[] {
  const bin = join(ROOT, 'oracle', 'bin', `k8s-oracle-${minor}`);
  const r = spawnSync(bin, [], { input: stream, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${bin} exited ${r.status}: ${r.stderr}`);
  return r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as OracleVerdict);
}

/** The file's verdict: refused ⇔ some judged (Job/CronJob) document was refused. */
function fileVerdict(vs: readonly OracleVerdict[]): { refused: boolean; why: string[] } {
  const refused = vs.filter((v) => !v.skipped && !v.accepted);
  return {
    refused: refused.length > 0,
    why: refused.flatMap((v) => v.errors.map((e) => `${v.kind}/${v.name ?? ''} ${e.message}`)),
  };
}

/** lintManifest's verdict on a file's batch documents (a YAML error counts as refused). */
function lintVerdict(text: string, version: string): { refused: boolean; why: string[] } | undefined {
  if (!KUBERNETES_VERSIONS.some((v) => v === version)) return undefined; // a minor the library does not target yet
  const docs = loadDocuments(text);
  if (docs.some((d) => d.error)) return { refused: true, why: ['<yaml parse error>'] };
  const errors = docs
    .map((d) => d.value)
    .flatMap((d) => {
      const o = d as { kind?: unknown; items?: unknown } | null;
      return o && o.kind === 'List' && Array.isArray(o.items) ? (o.items as unknown[]) : [d];
    })
    .filter((d) => batchKindOf(d) !== undefined)
    .flatMap((d) => lintManifest(d, { kubernetesVersion: resolveKubernetesVersion(version) }))
    .filter((v) => v.severity === 'error');
  return { refused: errors.length > 0, why: errors.map((v) => `${v.path}: ${v.message} [${v.rule}]`) };
}

const word = (refused: boolean | undefined) => (refused === undefined ? 'n/a' : refused ? 'invalid' : 'valid');

function checkCorpus(minors: readonly string[]): void {
  const overrides = (JSON.parse(readFileSync(join(ROOT, 'test', 'cli', 'corpus-overrides.json'), 'utf8')) as { overrides: Record<string, { expect: string; reasons: string[] }> }).overrides;
  const index = (JSON.parse(readFileSync(join(CORPUS, 'INDEX.json'), 'utf8')) as Array<{ file: string; expect: string; k8sVersions: string; reasons: string[] }>).map(
    (e) => (overrides[e.file] ? { ...e, ...overrides[e.file] } : e),
  );
  console.log(`\n## corpus (${index.length} files)`);
  for (const minor of minors) {
    let n = 0;
    for (const e of index) {
      const covered = e.k8sVersions === 'all' || (/^>=1\.(\d+)$/.exec(e.k8sVersions)?.[1] ?? '99') <= minor.split('.')[1];
      if (!covered) continue;
      const text = readFileSync(join(CORPUS, e.file), 'utf8');
      const o = fileVerdict(oracle(minor, text));
      const l = lintVerdict(text, minor);
      n++;
      if (word(o.refused) !== e.expect || (l !== undefined && l.refused !== o.refused)) {
        console.log(`- ${minor} ${e.file}: INDEX ${e.expect}, oracle ${word(o.refused)}, lint ${word(l?.refused)}`);
        for (const w of o.why) console.log(`    oracle: ${w}`);
        for (const w of l?.why ?? []) console.log(`    lint:   ${w}`);
        if (e.reasons.length > 0) console.log(`    INDEX reasons: ${e.reasons.join(' | ')}`);
      }
    }
    console.log(`  (${minor}: ${n} files judged)`);
  }
}

function checkSeeds(minors: readonly string[]): void {
  const index = JSON.parse(readFileSync(join(SEEDS, 'INDEX.json'), 'utf8')) as Record<string, { verdict: string }>;
  console.log(`\n## seeds (${Object.keys(index).length} files)`);
  for (const minor of minors) {
    for (const [file, exp] of Object.entries(index)) {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const o = fileVerdict(oracle(minor, text));
      const l = lintVerdict(text, minor);
      if (word(o.refused) !== exp.verdict || (l !== undefined && l.refused !== o.refused)) {
        console.log(`- ${minor} ${file}: INDEX ${exp.verdict}, oracle ${word(o.refused)}, lint ${word(l?.refused)}`);
        for (const w of o.why) console.log(`    oracle: ${w}`);
        for (const w of l?.why ?? []) console.log(`    lint:   ${w}`);
      }
    }
  }
}

interface RuleCaseLine {
  readonly rule: string;
  readonly name: string;
  readonly kind: string;
  readonly version: string;
  readonly expect: 'accepted' | 'refused';
  readonly paths: readonly string[];
  readonly manifest: unknown;
}

function checkRuleCases(dir: string, minors: readonly string[]): void {
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as RuleCaseLine);
  console.log(`\n## rule-test cases (${cases.length})`);
  for (const minor of minors) {
    // A minor no case targets (e.g. 1.37) is judged on the cases of the newest minor below it.
    const below = [...new Set(cases.map((c) => c.version))].filter((v) => Number(v.split('.')[1]) <= Number(minor.split('.')[1]));
    const from = below.sort((a, b) => Number(b.split('.')[1]) - Number(a.split('.')[1]))[0];
    const mine = cases.filter((c) => c.version === from);
    if (mine.length === 0) continue;
    if (from !== minor) console.log(`  (${minor}: the ${from} cases)`);
    const verdicts = oracle(minor, mine.map((c) => JSON.stringify(c.manifest)).join('\n'));
    if (verdicts.length !== mine.length) throw new Error(`oracle ${minor}: ${verdicts.length} verdicts for ${mine.length} cases`);
    let agree = 0;
    mine.forEach((c, i) => {
      const v = verdicts[i];
      const got = v.accepted ? 'accepted' : 'refused';
      if (got === c.expect) {
        agree++;
        return;
      }
      console.log(`- ${minor} ${c.rule} / ${c.name} (${c.kind}): test expects ${c.expect}, oracle ${got}`);
      for (const e of v.errors) console.log(`    oracle: ${e.message}`);
      if (c.paths.length > 0) console.log(`    test paths: ${c.paths.join(', ')}`);
    });
    console.log(`  (${minor}: ${agree}/${mine.length} agree)`);
  }
}

function checkDist(dir: string, minors: readonly string[]): void {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')) : [];
  console.log(`\n## synthesized examples (${dir}: ${files.length} files)`);
  for (const minor of minors) {
    let docs = 0;
    for (const f of files) {
      const vs = oracle(minor, readFileSync(join(dir, f), 'utf8'));
      docs += vs.filter((v) => !v.skipped).length;
      for (const v of vs.filter((x) => !x.skipped && !x.accepted)) {
        console.log(`- ${minor} ${f} ${v.kind}/${v.name}: refused`);
        for (const e of v.errors) console.log(`    oracle: ${e.message}`);
      }
      for (const v of vs.filter((x) => x.warnings.length > 0)) console.log(`  ${minor} ${f} ${v.kind}/${v.name} warnings: ${v.warnings.join(' | ')}`);
    }
    console.log(`  (${minor}: ${docs} batch documents judged)`);
  }
}

function main(argv: readonly string[]): void {
  const args = [...argv];
  const take = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const ruleCases = take('--rule-cases');
  const dist = take('--dist') ?? join(ROOT, 'dist');
  const minors = args.length > 0 ? args : ['1.36'];
  for (const m of minors) if (!existsSync(join(ROOT, 'oracle', 'bin', `k8s-oracle-${m}`))) throw new Error(`no oracle for ${m}: bash oracle/build.sh ${m}`);
  checkCorpus(minors);
  checkSeeds(minors);
  if (ruleCases) checkRuleCases(ruleCases, minors);
  checkDist(dist, minors);
}

main(process.argv.slice(2));
