/**
 * The committed golden verdicts of the oracle (the real Kubernetes validation code, one binary per
 * minor: oracle/), as compact gzipped JSON: every distinct verdict once, and per case its id, its
 * manifest hash and one verdict index per version. Read by the differential test (no Go needed),
 * written by `npm run oracle:goldens`.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export const GOLDENS_DIR = join(__dirname, 'goldens');
export const GENERATED_GOLDENS = join(GOLDENS_DIR, 'generated.json.gz');
export const PROJECT_GOLDENS = join(GOLDENS_DIR, 'project.json.gz');

export interface OracleError {
  /** `FieldValueInvalid`, `FieldValueRequired`, ... (field.ErrorType), or the decoder's kind. */
  readonly type: string;
  /** The field path as Kubernetes prints it; `''` for the whole document. */
  readonly field: string;
  readonly detail?: string;
}

/** What the API server of one version answered for one document (oracle output, trimmed). */
export interface OracleVerdict {
  readonly accepted: boolean;
  /** `kubectl` | `decode` | `request` | `validate` | `panic` | `accepted` | `skipped`. */
  readonly stage?: string;
  /** HTTP status of a refusal: 400 (decoding), 422 (validation), 500 (the server panicked); absent for client-side errors. */
  readonly status?: number;
  /** Set when the oracle did not judge the document (not a batch/v1 Job or CronJob). */
  readonly skipped?: string;
  readonly errors: readonly OracleError[];
  readonly warnings: readonly string[];
}

export interface GoldenCase {
  readonly id: string;
  readonly hash: string;
  /** One verdict per entry of {@link GoldenFile.versions}. */
  readonly verdicts: readonly OracleVerdict[];
  /** Project cases only: the manifest itself (generated ones are regenerated from their id). */
  readonly manifest?: unknown;
}

export interface GoldenFile {
  /** Minor → the exact k8s.io/kubernetes version the oracle linked (`1.36` → `v1.36.5`). */
  readonly kubernetes: Readonly<Record<string, string>>;
  /** The minors judged, oldest first. */
  readonly versions: readonly string[];
  /** Minor → sha256 (16 hex digits) of the oracle binary that judged it: the oracle program evolves too. */
  readonly oracle?: Readonly<Record<string, string>>;
  /** Generated goldens: the generator seed and case count they were made with. */
  readonly generator?: { readonly seed: string; readonly count: number };
  readonly cases: readonly GoldenCase[];
}

interface Stored {
  readonly format: 1;
  readonly kubernetes: Record<string, string>;
  readonly versions: string[];
  readonly oracle?: Record<string, string>;
  readonly generator?: { seed: string; count: number };
  readonly verdicts: OracleVerdict[];
  /** `[id, hash, verdictIndex...]`, or `[id, hash, manifest, verdictIndex...]` when `manifest` is stored. */
  readonly cases: Array<Array<string | number | unknown>>;
  readonly withManifests: boolean;
}

const MAX_TEXT = 300;
const clipText = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s);

/** Keeps what the comparison and a reader need; drops the echo of values (messages, objects). */
export function trimVerdict(raw: Record<string, unknown>): OracleVerdict {
  const errors = Array.isArray(raw.errors) ? (raw.errors as Array<Record<string, unknown>>) : [];
  const warnings = Array.isArray(raw.warnings) ? (raw.warnings as unknown[]) : [];
  return {
    accepted: raw.accepted === true,
    ...(typeof raw.stage === 'string' ? { stage: raw.stage } : {}),
    ...(typeof raw.status === 'number' && raw.status !== 0 ? { status: raw.status } : {}),
    ...(typeof raw.skipped === 'string' && raw.skipped !== '' ? { skipped: clipText(raw.skipped) } : {}),
    errors: errors.map((e) => ({
      type: String(e.type ?? ''),
      field: String(e.field ?? ''),
      ...(e.detail ? { detail: clipText(String(e.detail)) } : {}),
    })),
    warnings: warnings.map((w) => clipText(String(w))),
  };
}

export function writeGoldens(file: string, g: GoldenFile): void {
  const table: OracleVerdict[] = [];
  const index = new Map<string, number>();
  const ref = (v: OracleVerdict): number => {
    const k = JSON.stringify(v);
    let i = index.get(k);
    if (i === undefined) {
      i = table.push(v) - 1;
      index.set(k, i);
    }
    return i;
  };
  const withManifests = g.cases.some((c) => c.manifest !== undefined);
  const cases = g.cases.map((c) => [c.id, c.hash, ...(withManifests ? [c.manifest ?? null] : []), ...c.verdicts.map(ref)]);
  const stored: Stored = {
    format: 1,
    kubernetes: { ...g.kubernetes },
    versions: [...g.versions],
    ...(g.oracle ? { oracle: { ...g.oracle } } : {}),
    ...(g.generator ? { generator: { ...g.generator } } : {}),
    verdicts: table,
    cases,
    withManifests,
  };
  // One case per line inside the gzip keeps the text diffable when unpacked.
  const { cases: rows, ...rest } = stored;
  const text = `${JSON.stringify(rest).slice(0, -1)},"cases":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
  // Written aside and renamed, so a reader never sees half a file.
  writeFileSync(`${file}.tmp`, gzipSync(text, { level: 9 }));
  renameSync(`${file}.tmp`, file);
}

export function readGoldens(file: string): GoldenFile {
  const stored = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Stored;
  if (stored.format !== 1) throw new Error(`${file}: unknown goldens format ${String(stored.format)}`);
  const head = stored.withManifests ? 3 : 2;
  return {
    kubernetes: stored.kubernetes,
    versions: stored.versions,
    ...(stored.oracle ? { oracle: stored.oracle } : {}),
    ...(stored.generator ? { generator: stored.generator } : {}),
    cases: stored.cases.map((row) => ({
      id: row[0] as string,
      hash: row[1] as string,
      ...(stored.withManifests ? { manifest: row[2] } : {}),
      verdicts: (row.slice(head) as number[]).map((i) => stored.verdicts[i] as OracleVerdict),
    })),
  };
}
