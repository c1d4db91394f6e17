import type { ResolvedRuleSettings } from '../config/rule-settings';
import { checkPlainManifest, resolvedRules, type LintOptions, type LintResult } from '../lint';
import { batchKindOf } from '../manifest/classify';
import { parseFieldPath } from '../manifest/field-path';
import type { DocumentResult, LocatedSuppressedViolation, LocatedViolation } from '../report/json';
import type { Violation } from '../violation';
import { kubernetesVersionOption } from '../schema/validate-manifest';
import { resolveKubernetesVersion, type KubernetesVersion } from '../versions';
import { decodeText, readDocumentChunks, readDocuments, type PathStep, type YamlDocument } from '../yaml';
import { NON_RULE_FINDINGS, YAML_DUPLICATE_KEY, YAML_SYNTAX } from './rule-catalog';

/** Options for {@link lintYamlText}. */
export interface LintTextOptions {
  /** Name to report the text under. @default "<input>" */
  readonly fileName?: string;
  /** Target Kubernetes version, one of `KUBERNETES_VERSIONS`. @default "1.28" */
  readonly kubernetesVersion?: string;
  /** Drop warnings. @default false */
  readonly errorsOnly?: boolean;
  /** Rule levels, as in `.cdk8s-jobs.yaml` (see `LintOptions.rules`). @default {} */
  readonly rules?: LintOptions['rules'];
}

/** What one stream (file) gave. */
export interface TextLintOutcome {
  /** Objects read (List items counted one by one), including skipped ones. */
  readonly documents: number;
  /** Objects that are not batch Jobs or CronJobs. */
  readonly skipped: number;
  /** One entry per Job/CronJob and per document that is not valid YAML, in file order. */
  readonly results: DocumentResult[];
  /** Documents the engine failed on (a bug): one line each, for stderr. */
  readonly internalErrors: string[];
}

const YAML_SYNTAX_INFO = NON_RULE_FINDINGS.find((r) => r.id === YAML_SYNTAX)!;
const YAML_DUPLICATE_KEY_INFO = NON_RULE_FINDINGS.find((r) => r.id === YAML_DUPLICATE_KEY)!;

/**
 * The loader's duplicate-key warnings of a document as located findings (path `''`: the key is
 * where the line points), at the level `rules` gives `yaml-duplicate-key`.
 */
function duplicateKeyViolations(doc: YamlDocument, rules: ResolvedRuleSettings): LocatedViolation[] {
  const level = rules.get(YAML_DUPLICATE_KEY)?.level ?? 'warning';
  if (level === 'off') return [];
  const hint = 'delete the earlier key or merge the two: only the last one reaches the API server';
  return doc.warnings.map(({ message, line, column }) => ({
    rule: YAML_DUPLICATE_KEY,
    severity: level,
    path: '',
    line,
    column,
    message,
    hint,
    docs: YAML_DUPLICATE_KEY_INFO.docs,
  }));
}

/** The result for a document that cannot be read: `kind: null` and one `yaml-syntax` violation. */
export function yamlSyntaxResult(
  file: string,
  document: number,
  error: { readonly message: string; readonly line: number; readonly column: number },
  hint: string,
): DocumentResult {
  const { message, line, column } = error;
  return {
    file,
    document,
    kind: null,
    name: null,
    violations: [{ rule: YAML_SYNTAX, severity: 'error', path: '', line, column, message, hint, docs: YAML_SYNTAX_INFO.docs }],
  };
}

/**
 * Lints every document of a YAML stream: the CLI's core, usable in memory (the testing kit's
 * `lintYaml`). A `kind: List` (or `*List`) with an `items` array is unwrapped as kubectl does;
 * an item's findings keep the item's own field paths and point into the item.
 *
 * Never throws on odd input: bytes are decoded as go-yaml does, and anything that is not text is
 * one `yaml-syntax` result. Throws only `UnsupportedKubernetesVersionError` (or `ConfigError` for
 * bad `rules`), once, before reading.
 */
export function lintYamlText(text: string | Uint8Array, options: LintTextOptions = {}): TextLintOutcome {
  const opts = readOptions(options);
  const fileName = opts.fileName;
  const outcome = { documents: 0, skipped: 0, results: [] as DocumentResult[], internalErrors: [] as string[] };
  const decoded = typeof text === 'string' ? { text } : text instanceof Uint8Array ? decodeText(text) : undefined;
  if (!decoded || 'error' in decoded) {
    const error = decoded?.error ?? { message: `expected YAML text (a string or bytes), found ${text === null ? 'null' : typeof text}`, line: 1, column: 1 };
    outcome.documents = 1;
    outcome.results.push(yamlSyntaxResult(fileName, 0, error, 'pass the YAML or JSON text of the manifests'));
    return outcome;
  }
  const counts = lintDocuments(readDocuments(decoded.text, fileName), opts, (r) => outcome.results.push(r));
  return { documents: counts.documents, skipped: counts.skipped, results: outcome.results, internalErrors: counts.internalErrors };
}

/** What {@link lintYamlChunks} counted; the results went to the caller one by one. */
export type StreamLintCounts = Omit<TextLintOutcome, 'results'>;

/**
 * {@link lintYamlText} for a large stream read in chunks of text (already decoded): each
 * document's result is handed to `emit` as soon as it is linted, and only one document is held
 * at a time, so memory does not grow with the stream. Same results, in the same order.
 * @internal
 */
export function lintYamlChunks(chunks: Iterable<string>, options: LintTextOptions, emit: (result: DocumentResult) => void): StreamLintCounts {
  const opts = readOptions(options);
  return lintDocuments(readDocumentChunks(chunks, opts.fileName), opts, emit);
}

function lintDocuments(docs: Iterable<YamlDocument>, opts: ResolvedOptions, emit: (result: DocumentResult) => void): StreamLintCounts {
  const fileName = opts.fileName;
  const outcome = { documents: 0, skipped: 0, internalErrors: [] as string[], emit };
  for (const doc of docs) {
    outcome.documents++;
    if (doc.error) {
      emit(yamlSyntaxResult(fileName, doc.index, doc.error, 'fix the YAML: kubectl refuses a document it cannot read, and nothing in it is applied'));
      continue;
    }
    const items = listItems(doc.value);
    if (items) {
      outcome.documents--; // the List itself is a wrapper; its items are the objects
      items.forEach((item, i) => {
        outcome.documents++;
        lintObject(doc, item, ['items', i], i, opts, outcome);
      });
    } else {
      lintObject(doc, doc.value, [], undefined, opts, outcome);
    }
  }
  return { documents: outcome.documents, skipped: outcome.skipped, internalErrors: outcome.internalErrors };
}

function lintObject(
  doc: YamlDocument,
  value: unknown,
  prefix: Array<string | number>,
  item: number | undefined,
  options: ResolvedOptions,
  outcome: { skipped: number; internalErrors: string[]; emit: (result: DocumentResult) => void },
): void {
  const kind = batchKindOf(value);
  if (!kind) {
    outcome.skipped++;
    return;
  }
  let checked: LintResult;
  try {
    checked = checkPlainManifest(value, options.kubernetesVersion, options.rules);
  } catch (e) {
    const where = `${doc.fileName} document ${doc.index}${item !== undefined ? ` item ${item}` : ''}`;
    outcome.internalErrors.push(`internal error while linting ${where}: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.CDK8S_JOBS_DEBUG && e instanceof Error && e.stack) outcome.internalErrors.push(e.stack);
    return;
  }
  const violations = options.errorsOnly ? checked.violations.filter(isError) : checked.violations;
  // A document's own findings go with its (first) object.
  let yamlFindings = (item === undefined || item === 0) && doc.warnings.length > 0 ? duplicateKeyViolations(doc, options.rules) : [];
  if (options.errorsOnly) yamlFindings = yamlFindings.filter(isError);
  const located: LocatedViolation[] = byPosition(locatedAll(doc, prefix, violations, yamlFindings));
  const suppressed: LocatedSuppressedViolation[] = checked.suppressed.length === 0 ? [] : byPosition(locatedAll(doc, prefix, checked.suppressed, []));
  outcome.emit(documentResult(doc, item, kind, nameOf(value), located, suppressed));
}

const isError = (v: { readonly severity: string }) => v.severity === 'error';

/** `before` (already located), then each of `found` with the position of its path in `doc` (under `prefix` for a List item). */
function locatedAll<V extends Violation>(doc: YamlDocument, prefix: readonly PathStep[], found: readonly V[], before: readonly LocatedViolation[]): Array<V & Located> {
  const out = before.slice() as Array<V & Located>;
  for (const v of found) {
    const steps = parseFieldPath(v.path);
    const { line, column } = doc.positionOf(prefix.length === 0 ? steps : [...prefix, ...steps]);
    // What `{ ...v, line, column }` gives (the same own keys, in the same order: findings are
    // plain data, without a line or column of their own), but V8 copies the many shapes of
    // findings two to three times faster this way.
    const located = Object.assign({}, v) as V & Located;
    located.line = line;
    located.column = column;
    out.push(located);
  }
  return out;
}

type Located = { line: number; column: number };

/** The result object, its keys in the report's order (`item` and `suppressed` only when there are some). */
function documentResult(
  doc: YamlDocument,
  item: number | undefined,
  kind: string,
  name: string | null,
  violations: LocatedViolation[],
  suppressed: LocatedSuppressedViolation[],
): DocumentResult {
  const { fileName: file, index: document } = doc;
  if (item === undefined) return suppressed.length === 0 ? { file, document, kind, name, violations } : { file, document, kind, name, violations, suppressed };
  return suppressed.length === 0 ? { file, document, item, kind, name, violations } : { file, document, item, kind, name, violations, suppressed };
}

/**
 * Compiler order: by position, ties in the engine's order (a stable sort). A document has a few
 * findings, and an insertion sort (stable too, so the order is the same) orders a few without
 * Array.prototype.sort's setup; many (a hostile document) go to Array.prototype.sort.
 */
function byPosition<V extends LocatedViolation>(located: V[]): V[] {
  if (located.length > 16) return located.sort((a, b) => a.line - b.line || a.column - b.column);
  for (let i = 1; i < located.length; i++) {
    const v = located[i];
    let j = i - 1;
    while (j >= 0 && (located[j].line > v.line || (located[j].line === v.line && located[j].column > v.column))) {
      located[j + 1] = located[j];
      j--;
    }
    located[j + 1] = v;
  }
  return located;
}

interface ResolvedOptions {
  readonly fileName: string;
  readonly kubernetesVersion: KubernetesVersion;
  readonly errorsOnly: boolean;
  readonly rules: ResolvedRuleSettings;
}

/** Options read once, up front: an unsupported version is one typed error (or one `ConfigError` for bad rule levels) before any document is read. */
function readOptions(options: unknown): ResolvedOptions {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  let fileName: unknown;
  let errorsOnly: unknown;
  let rules: unknown;
  try {
    ({ fileName, errorsOnly, rules } = o);
  } catch {
    // unreadable options: the defaults
  }
  return {
    fileName: typeof fileName === 'string' ? fileName : '<input>',
    kubernetesVersion: resolveKubernetesVersion(kubernetesVersionOption(o)),
    errorsOnly: errorsOnly === true,
    rules: resolvedRules(rules as LintOptions['rules']),
  };
}

function listItems(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  return typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items) ? v.items : undefined;
}

function nameOf(value: unknown): string | null {
  const meta = (value as { metadata?: unknown }).metadata;
  if (typeof meta !== 'object' || meta === null) return null;
  const { name, generateName } = meta as Record<string, unknown>;
  return typeof name === 'string' ? name : typeof generateName === 'string' ? generateName : null;
}
