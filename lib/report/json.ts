import type { Suppression, Violation } from '../violation';
import { MemorySpool, type ReportSpool } from './spool';
import type { ReportEnd, ReportSink, ReportStream } from './stream';

/** A violation with the place in the file it points at (1-based line and column). */
export interface LocatedViolation extends Violation {
  /** 1-based line of the offending key, list item, or (for a missing field) its parent's key. */
  readonly line: number;
  /** 1-based column, in characters (UTF-16 code units). */
  readonly column: number;
}

/** The findings for one Job or CronJob document, or one document that is not valid YAML. */
export interface DocumentResult {
  /** The file as given on the command line (directories expanded), `<stdin>` for `-`. */
  readonly file: string;
  /** 0-based index of the document among the file's non-empty YAML documents. */
  readonly document: number;
  /** For an object inside a `kind: List` document: its index in `items`. Absent otherwise. */
  readonly item?: number;
  /** `Job` or `CronJob`; `null` when the document is not valid YAML. */
  readonly kind: string | null;
  /** `metadata.name` (or `metadata.generateName`), `null` when there is neither. */
  readonly name: string | null;
  /** Every finding; empty when the document is clean. */
  readonly violations: readonly LocatedViolation[];
  /** Findings silenced by an annotation or the configuration; absent when there are none. */
  readonly suppressed?: readonly LocatedSuppressedViolation[];
}

/** A silenced finding, with where it points and why it was silenced. */
export interface LocatedSuppressedViolation extends LocatedViolation {
  readonly suppression: Suppression;
}

/** A file that was not linted, and why (a Helm template, a kustomize patch, not Kubernetes, ignored). */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/** Counts over the whole run. */
export interface LintSummary {
  /** Every object read: batch documents, other kinds (skipped), List items, unreadable YAML. */
  readonly documents: number;
  /** Violations of severity `error` (the API server would refuse the object). */
  readonly errors: number;
  /** Violations of severity `warning` (opinions). */
  readonly warnings: number;
  /** Findings silenced by annotations or the configuration (not in errors or warnings). @default 0 */
  readonly suppressed?: number;
}

/** The whole `--output json` document. */
export interface LintReport {
  readonly kubernetesVersion: string;
  readonly summary: LintSummary;
  readonly results: readonly DocumentResult[];
  /** Files found but not linted, with the reason; absent when there are none. */
  readonly skipped?: readonly SkippedFile[];
}

/**
 * `--output json`: one JSON document, keys in a fixed order so output is stable and diffable.
 * Violations keep the library's `Violation` fields unchanged, with `line` and `column` added.
 * The text of {@link jsonReportChunks}, joined.
 */
export function formatJsonReport(report: LintReport): string {
  let out = '';
  for (const chunk of jsonReportChunks(report)) out += chunk;
  return out;
}

/**
 * The `--output json` document in pieces, one per result, for writing as it goes: a report of
 * a large input is never built as one string (V8 caps a string near 512 MiB, and holding it
 * doubles the memory). Byte for byte the same as `JSON.stringify(report, null, 2)` in key order.
 */
export function* jsonReportChunks(report: LintReport): Generator<string> {
  const chunks: string[] = [];
  const stream = new JsonReportStream(report.kubernetesVersion, (text) => chunks.push(text), new MemorySpool());
  for (const r of report.results) stream.add(r);
  stream.finish({ summary: report.summary, skipped: report.skipped ?? [], notBatch: 0 });
  yield* chunks;
}

/**
 * {@link jsonReportChunks} as results come: each result is rendered at once into the spool, and
 * the document (which opens with the summary) is written by {@link finish}.
 */
export class JsonReportStream implements ReportStream {
  private count = 0;

  constructor(
    private readonly kubernetesVersion: string,
    private readonly write: ReportSink,
    private readonly spool: ReportSpool,
  ) {}

  add(r: DocumentResult): void {
    this.spool.append(`${this.count === 0 ? '' : ','}\n    ${indented(orderResult(r), '    ')}`);
    this.count++;
  }

  finish({ summary, skipped }: ReportEnd): void {
    const head = {
      kubernetesVersion: this.kubernetesVersion,
      summary: {
        documents: summary.documents,
        errors: summary.errors,
        warnings: summary.warnings,
        ...(summary.suppressed ? { suppressed: summary.suppressed } : {}),
      },
    };
    const opening = JSON.stringify(head, null, 2);
    const skippedText = skipped.length > 0 ? `,\n  "skipped": ${indented(skipped.map((f) => ({ file: f.file, reason: f.reason })), '  ')}` : '';
    if (this.count === 0) {
      this.write(`${opening.slice(0, -2)},\n  "results": []${skippedText}\n}\n`);
    } else {
      this.write(`${opening.slice(0, -2)},\n  "results": [`);
      for (const piece of this.spool.replay()) this.write(piece);
      this.write(`\n  ]${skippedText}\n}\n`);
    }
    this.spool.close();
  }
}

/** `JSON.stringify(value, null, 2)` as it reads nested at `pad` (raw newlines only come from the layout). */
export function indented(value: unknown, pad: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

function orderResult(r: DocumentResult): DocumentResult {
  return {
    file: r.file,
    document: r.document,
    ...(r.item !== undefined ? { item: r.item } : {}),
    kind: r.kind,
    name: r.name,
    violations: r.violations.map(orderViolation),
    ...(r.suppressed && r.suppressed.length > 0
      ? { suppressed: r.suppressed.map((v) => ({ ...orderViolation(v), suppression: { kind: v.suppression.kind, reason: v.suppression.reason } })) }
      : {}),
  };
}

function orderViolation(v: LocatedViolation): LocatedViolation {
  return {
    rule: v.rule,
    severity: v.severity,
    path: v.path,
    line: v.line,
    column: v.column,
    message: v.message,
    ...(v.type !== undefined ? { type: v.type } : {}),
    ...(v.value !== undefined ? { value: v.value } : {}),
    ...(v.hint !== undefined ? { hint: v.hint } : {}),
    ...(v.docs !== undefined ? { docs: v.docs } : {}),
  };
}
