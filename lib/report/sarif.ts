import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../violation';
import { formatHeadline } from './format';
import { indented, type DocumentResult, type LintReport, type LocatedSuppressedViolation, type LocatedViolation } from './json';
import { MemorySpool, type ReportSpool } from './spool';
import type { ReportEnd, ReportSink, ReportStream } from './stream';

/** A rule as SARIF describes it (one `reportingDescriptor` per rule id). */
export interface SarifRule {
  /** Rule id (`job-restart-policy`). */
  readonly id: string;
  /** Default level of its results. */
  readonly severity: Severity;
  /** Lowercase, no trailing period. */
  readonly summary: string;
  /** kubernetes.io page (with anchor) that explains the rule. */
  readonly docs: string;
}

/** Tool facts for the SARIF `tool.driver`. */
export interface SarifTool {
  /** Tool name (`cdk8s-jobs`). */
  readonly name: string;
  /** Tool version (the package version). */
  readonly version: string;
  /** Every rule id the run may report; ids found in results but missing here are added. */
  readonly rules: readonly SarifRule[];
  /** Directory that relative file URIs are relative to. @default process.cwd() */
  readonly baseDir?: string;
}

/**
 * `--output sarif`: a SARIF 2.1.0 log for code scanning (GitHub, GitLab, Azure DevOps). One
 * result per violation with a physical location (file, line, column) and a logical one (the
 * object and its field path); one rule descriptor per rule id, linking to the Kubernetes docs.
 * The text of {@link sarifReportChunks}, joined.
 */
export function formatSarifReport(report: LintReport, tool: SarifTool): string {
  let out = '';
  for (const chunk of sarifReportChunks(report, tool)) out += chunk;
  return out;
}

const EMPTY_RESULTS_END = '[]\n    }\n  ]\n}';

/**
 * The SARIF log in pieces, one per result, for writing as it goes (never one string for the
 * whole log). Byte for byte `JSON.stringify(log, null, 2)`.
 */
export function* sarifReportChunks(report: LintReport, tool: SarifTool): Generator<string> {
  const chunks: string[] = [];
  const stream = new SarifReportStream(report.kubernetesVersion, tool, (text) => chunks.push(text), new MemorySpool());
  for (const r of report.results) stream.add(r);
  stream.finish({ summary: report.summary, skipped: report.skipped ?? [], notBatch: 0 });
  yield* chunks;
}

/**
 * {@link sarifReportChunks} as results come. The log opens with the rule descriptors and the
 * summary: results are rendered into the spool as they come, and a rule id the catalogue does
 * not list gets the next index when first met (the order a pass over all results would give).
 */
export class SarifReportStream implements ReportStream {
  private readonly rules: SarifRule[];
  private readonly index: Map<string, number>;
  private readonly baseDir: string;
  private findings = 0;

  constructor(
    private readonly kubernetesVersion: string,
    private readonly tool: SarifTool,
    private readonly write: ReportSink,
    private readonly spool: ReportSpool,
  ) {
    this.rules = [...tool.rules];
    this.index = new Map(this.rules.map((r, i) => [r.id, i]));
    this.baseDir = tool.baseDir ?? process.cwd();
  }

  add(r: DocumentResult): void {
    for (const v of findingsOf(r)) {
      let ruleIndex = this.index.get(v.rule);
      if (ruleIndex === undefined) {
        ruleIndex = this.rules.push({ id: v.rule, severity: v.severity, summary: v.rule, docs: v.docs ?? '' }) - 1;
        this.index.set(v.rule, ruleIndex);
      }
      const object = `${r.kind ?? 'document'}/${r.name ?? r.document}`;
      const result = {
        ruleId: v.rule,
        ruleIndex,
        level: v.severity,
        message: { text: v.hint ? `${formatHeadline(v)}\nhint: ${v.hint}` : formatHeadline(v) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: fileLocation(r.file, this.baseDir),
              region: { startLine: v.line, startColumn: v.column },
            },
            logicalLocations: [{ name: v.path || object, fullyQualifiedName: v.path ? `${object}:${v.path}` : object, kind: 'member' }],
          },
        ],
        properties: {
          document: r.document,
          ...(r.item !== undefined ? { item: r.item } : {}),
          kind: r.kind,
          name: r.name,
          path: v.path,
          ...(v.type !== undefined ? { type: v.type } : {}),
          ...(v.value !== undefined ? { value: v.value } : {}),
        },
        ...suppressionsOf(v),
      };
      this.spool.append(`${this.findings === 0 ? '' : ','}\n        ${indented(result, '        ')}`);
      this.findings++;
    }
  }

  finish({ summary }: ReportEnd): void {
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: this.tool.name,
              version: this.tool.version,
              rules: this.rules.map((r) => ({
                id: r.id,
                name: pascalCase(r.id),
                shortDescription: { text: r.summary },
                ...(r.docs ? { helpUri: r.docs, help: { text: `${r.summary}: ${r.docs}` } } : {}),
                defaultConfiguration: { level: r.severity },
                properties: { tags: ['kubernetes', 'job', 'cronjob'] },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          properties: { kubernetesVersion: this.kubernetesVersion, summary },
          results: [],
        },
      ],
    };
    const whole = JSON.stringify(log, null, 2);
    if (this.findings === 0) {
      this.write(`${whole}\n`);
    } else {
      this.write(`${whole.slice(0, -EMPTY_RESULTS_END.length)}[`);
      for (const piece of this.spool.replay()) this.write(piece);
      this.write('\n      ]\n    }\n  ]\n}\n');
    }
    this.spool.close();
  }
}

function fileLocation(file: string, baseDir: string): { uri: string; uriBaseId?: string } {
  if (file === '<stdin>') return { uri: 'stdin' };
  const absolute = resolve(baseDir, file);
  const rel = relative(baseDir, absolute);
  if (isAbsolute(rel) || rel.startsWith('..')) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function pascalCase(id: string): string {
  return id.replace(/(^|[-/])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** A result's findings: those that count, then the suppressed ones (SARIF results with `suppressions`). */
function findingsOf(r: LintReport['results'][number]): Array<LocatedViolation | LocatedSuppressedViolation> {
  return [...r.violations, ...(r.suppressed ?? [])];
}

function suppressionsOf(v: LocatedViolation | LocatedSuppressedViolation): { suppressions?: unknown[] } {
  if (!('suppression' in v)) return {};
  const kind = v.suppression.kind === 'annotation' ? 'inSource' : 'external';
  return { suppressions: [{ kind, status: 'accepted', justification: v.suppression.reason }] };
}
