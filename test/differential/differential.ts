/**
 * The differential run: `lintManifest` against the oracle's goldens, case by case and version by
 * version, with every disagreement attributed to a rule family. Shared by the tests and by
 * `npm run oracle:baseline`.
 */
import { lintManifest } from '../../lib/lint';
import { KUBERNETES_VERSIONS } from '../../lib/versions';
import { compare, type Disagreement } from './compare';
import { familyOfPath, type Family } from './families';
import type { GoldenFile, OracleVerdict } from './goldens';

export interface Subject {
  readonly id: string;
  readonly kind: 'Job' | 'CronJob';
  /** Families the case's mutations touch (empty for unmutated and project cases). */
  readonly families: readonly Family[];
  readonly manifest: unknown;
}

export interface Found extends Disagreement {
  readonly id: string;
  readonly version: string;
  readonly family: Family;
}

/** Golden versions the engine supports (1.37 joins by itself once KUBERNETES_VERSIONS has it). */
export function comparableVersions(golden: GoldenFile): string[] {
  return golden.versions.filter((v) => (KUBERNETES_VERSIONS as readonly string[]).includes(v));
}

/**
 * The family of a disagreement: the case's mutation family when it has one (of several, the one
 * the differing paths point at), else the family of the first differing path.
 */
export function familyOf(subject: Subject, d: Disagreement): Family {
  const ours = new Set(d.ours);
  const oracle = new Set(d.oracle);
  const differing = [...d.ours.filter((p) => !oracle.has(p)), ...d.oracle.filter((p) => !ours.has(p))].sort();
  const fromPaths = (differing.length > 0 ? differing : [...d.ours, ...d.oracle]).map((p) => familyOfPath(p, subject.kind));
  if (subject.families.length === 1) return subject.families[0] as Family;
  if (subject.families.length > 1) return fromPaths.find((f) => subject.families.includes(f)) ?? (subject.families[0] as Family);
  return fromPaths[0] ?? 'object-metadata';
}

/** Every disagreement of `subjects` at `version`; `verdictOf` gives the golden verdict of a subject. */
export function disagreements(subjects: readonly Subject[], version: string, verdictOf: (s: Subject) => OracleVerdict | undefined): Found[] {
  const out: Found[] = [];
  for (const s of subjects) {
    const oracle = verdictOf(s);
    if (!oracle) continue;
    const result = compare(lintManifest(s.manifest, { kubernetesVersion: version }), oracle);
    if (result && !result.agree) out.push({ ...result, id: s.id, version, family: familyOf(s, result) });
  }
  return out;
}
