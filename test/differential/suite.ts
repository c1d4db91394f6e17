/**
 * One differential suite: the goldens must match the subjects (no drift), then per golden
 * version `lintManifest` must agree with the oracle on every subject except exactly the listed
 * expected disagreements.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { disagreements, type Found, type Subject } from './differential';
import { readExpected } from './expected';
import { readGoldens, type GoldenCase, type GoldenFile } from './goldens';
import { manifestHash } from './generator';

const SHOWN = 25;

export interface SuiteInput {
  readonly title: string;
  readonly goldensFile: string;
  /** The subjects this suite judges (a shard of the generated cases, or the project's files). */
  readonly subjects: (golden: GoldenFile) => readonly Subject[];
  /** Extra drift checks on the whole golden file (e.g. generator seed and count). */
  readonly drift?: (golden: GoldenFile, subjects: readonly Subject[]) => string[];
}

export function differentialSuite(input: SuiteInput): void {
  describe(input.title, () => {
    if (!existsSync(input.goldensFile)) {
      it('has goldens', () => {
        expect.fail(`${input.goldensFile} is missing: run \`npm run oracle\` (needs Go) to build the oracle and write it`);
      });
      return;
    }
    const golden = readGoldens(input.goldensFile);
    const byId = new Map<string, GoldenCase>(golden.cases.map((c) => [c.id, c]));
    const subjects = input.subjects(golden);
    const expected = readExpected();
    const ids = new Set(subjects.map((s) => s.id));

    it(`goldens match the ${subjects.length} manifests (run \`npm run oracle\` after changing them)`, () => {
      const problems = [...(input.drift?.(golden, subjects) ?? [])];
      for (const s of subjects) {
        const g = byId.get(s.id);
        if (!g) problems.push(`${s.id}: no golden verdict`);
        else if (g.hash !== manifestHash(s.manifest)) problems.push(`${s.id}: manifest changed since the goldens were written`);
      }
      expect(summary(problems), 'goldens and manifests drifted').toEqual([]);
    });

    golden.versions.forEach((version, v) => {
      const supported = (KUBERNETES_VERSIONS as readonly string[]).includes(version);
      const title = `agrees with Kubernetes ${version} (${golden.kubernetes[version]}) except the expected disagreements`;
      if (!supported) {
        it.skip(`${title} (lintManifest does not target ${version} yet)`, () => undefined);
        return;
      }
      it(title, () => {
        const found = disagreements(subjects, version, (s) => byId.get(s.id)?.verdicts[v]);
        const listed = new Map([...(expected.get(version) ?? [])].filter(([id]) => ids.has(id)));
        expect(summary(mismatches(found, listed)), `lintManifest vs the oracle on ${version}; after a fix run \`npm run oracle:baseline\``).toEqual([]);
      }, VERSION_TIMEOUT_MS);
    });
  });
}

/**
 * One version's comparison lints a whole shard (~5,000 manifests, ~10 s on a quiet core); on a
 * loaded 2-core machine it has taken 33 s, over vitest's 30 s default. A wrong verdict is a
 * failure of the assertion, never of time, so the limit is generous.
 */
const VERSION_TIMEOUT_MS = 180_000;

function mismatches(found: readonly Found[], listed: Map<string, string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    seen.add(f.id);
    const fam = listed.get(f.id);
    const what = `${f.kind}: ours [${f.ours.join(', ')}] vs oracle [${f.oracle.join(', ')}]`;
    if (fam === undefined) out.push(`new disagreement ${f.id} (${f.family}) ${what}`);
    else if (fam !== f.family) out.push(`${f.id} is listed under ${fam} but now belongs to ${f.family}: ${what}`);
  }
  for (const [id, fam] of listed) if (!seen.has(id)) out.push(`stale entry ${id} (${fam}): lintManifest now agrees; shrink the list`);
  return out;
}

function summary(lines: readonly string[]): string[] {
  return lines.length <= SHOWN ? [...lines] : [...lines.slice(0, SHOWN), `... and ${lines.length - SHOWN} more`];
}
