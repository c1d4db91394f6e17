/**
 * The expected disagreements (expected-disagreements.json): the cases where `lintManifest` and the
 * oracle still differ, by rule family, then case id, then the versions (`1.28-1.36`, `1.30,1.32`).
 * Written only by `npm run oracle:baseline` from the current engine; each fix in a family shrinks
 * its list, and the differential test fails both on a disagreement missing here and on an entry
 * that now agrees.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, type Family } from './families';

export const EXPECTED_FILE = join(__dirname, 'expected-disagreements.json');

/** The version order used by ranges: every minor the oracle is built for. */
export const ALL_MINORS = ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36', '1.37'];

interface Stored {
  readonly $comment: string;
  /** Per family and version: how many cases disagree (derived from `families`). */
  readonly counts: Record<string, Record<string, number>>;
  readonly families: Record<string, Record<string, string>>;
}

/** version → case id → family. */
export type Expected = Map<string, Map<string, Family>>;

export function formatVersions(versions: readonly string[]): string {
  const idx = [...new Set(versions)].map((v) => ALL_MINORS.indexOf(v)).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === (idx[j] as number) + 1) j++;
    parts.push(j === i ? ALL_MINORS[idx[i] as number]! : `${ALL_MINORS[idx[i] as number]}-${ALL_MINORS[idx[j] as number]}`);
    i = j + 1;
  }
  return parts.join(',');
}

export function parseVersions(spec: string): string[] {
  return spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-');
    const from = ALL_MINORS.indexOf(a as string);
    const to = b === undefined ? from : ALL_MINORS.indexOf(b);
    if (from < 0 || to < from) throw new Error(`${EXPECTED_FILE}: bad version range "${part}"`);
    return ALL_MINORS.slice(from, to + 1);
  });
}

export function readExpected(file = EXPECTED_FILE): Expected {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
  const out: Expected = new Map();
  for (const [family, cases] of Object.entries(stored.families)) {
    if (!(FAMILIES as readonly string[]).includes(family)) throw new Error(`${file}: unknown family "${family}"`);
    for (const [id, spec] of Object.entries(cases)) {
      for (const v of parseVersions(spec)) {
        if (!out.has(v)) out.set(v, new Map());
        out.get(v)!.set(id, family as Family);
      }
    }
  }
  return out;
}

/** Counts per family and version, as stored in the file. */
export function readCounts(file = EXPECTED_FILE): Record<string, Record<string, number>> {
  return (JSON.parse(readFileSync(file, 'utf8')) as Stored).counts;
}

export function countsOf(expected: Expected): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const f of FAMILIES) {
    for (const v of ALL_MINORS) {
      let n = 0;
      for (const fam of expected.get(v)?.values() ?? []) if (fam === f) n++;
      if (n > 0) (counts[f] ??= {})[v] = n;
    }
  }
  return counts;
}

export function writeExpected(expected: Expected, file = EXPECTED_FILE): void {
  const byFamily = new Map<Family, Map<string, string[]>>();
  for (const v of ALL_MINORS) {
    for (const [id, fam] of expected.get(v) ?? []) {
      if (!byFamily.has(fam)) byFamily.set(fam, new Map());
      const m = byFamily.get(fam)!;
      if (!m.has(id)) m.set(id, []);
      m.get(id)!.push(v);
    }
  }
  const families: Record<string, Record<string, string>> = {};
  for (const f of FAMILIES) {
    const m = byFamily.get(f);
    if (!m) continue;
    families[f] = Object.fromEntries([...m.keys()].sort().map((id) => [id, formatVersions(m.get(id)!)]));
  }
  const stored: Stored = {
    $comment: 'Disagreements between lintManifest and the Kubernetes oracle that remain, by rule family: case id -> versions. Written by `npm run oracle:baseline`; fixing a rule shrinks its family. Case ids: g* generated (test/differential/generator), others project files.',
    counts: countsOf(expected),
    families,
  };
  writeFileSync(`${file}.tmp`, `${JSON.stringify(stored, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}
