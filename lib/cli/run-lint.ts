import { jsonReportChunks, type DocumentResult, type LintSummary } from '../report/json';
import { sarifReportChunks } from '../report/sarif';
import { formatTextResult, formatTextSummary } from '../report/text';
import { decodeText } from '../yaml';
import type { Command } from './args';
import { expandInputs, readInput, readStdin, reasonOf } from './inputs';
import { lintYamlText, yamlSyntaxResult, type TextLintOutcome } from './lint-text';
import type { OutputWriter } from './output-writer';
import { packageVersion } from './package-version';
import { allRuleInfo } from './rule-catalog';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_UNREADABLE = 2;

type LintCommand = Extract<Command, { command: 'lint' }>;

/**
 * `cdk8s-jobs lint`: reads the inputs one at a time (only one file's text and results are held
 * at once; text output is streamed), lints each, writes the report, returns the exit code.
 */
export async function runLint(cmd: LintCommand, out: OutputWriter, warn: (line: string) => void): Promise<number> {
  const counts = { documents: 0, errors: 0, warnings: 0, skipped: 0 };
  const kept: DocumentResult[] = []; // json and sarif print everything at the end
  let unreadable = false;

  const handle = (fileName: string, bytes: Buffer) => {
    const decoded = decodeText(bytes);
    const outcome: TextLintOutcome =
      'error' in decoded ? undecodable(fileName, decoded.error) : lintYamlText(decoded.text, { fileName, kubernetesVersion: cmd.kubernetesVersion, errorsOnly: cmd.quiet });
    counts.documents += outcome.documents;
    counts.skipped += outcome.skipped;
    for (const line of outcome.internalErrors) warn(line);
    if (outcome.internalErrors.length > 0) unreadable = true;
    for (const r of outcome.results) {
      for (const v of r.violations) {
        if (v.severity === 'error') counts.errors++;
        else counts.warnings++;
      }
      if (cmd.output === 'text') out.write(formatTextResult(r));
      else kept.push(r);
    }
  };

  for (const input of expandInputs(cmd.paths)) {
    if (input.kind === 'problem') {
      warn(`${input.path}: ${input.reason}`);
      unreadable = true;
      continue;
    }
    const fileName = input.kind === 'stdin' ? '<stdin>' : input.path;
    let bytes: Buffer;
    try {
      bytes = input.kind === 'stdin' ? await readStdin() : readInput(input.path);
    } catch (e) {
      warn(`${fileName}: ${reasonOf(e)}`);
      unreadable = true;
      continue;
    }
    handle(fileName, bytes);
  }

  const summary: LintSummary = { documents: counts.documents, errors: counts.errors, warnings: counts.warnings };
  if (cmd.output === 'text') {
    out.write(formatTextSummary(summary, counts.skipped));
  } else {
    // Written piece by piece: a large report is never one string.
    const report = { kubernetesVersion: cmd.kubernetesVersion, summary, results: kept };
    const chunks =
      cmd.output === 'json'
        ? jsonReportChunks(report)
        : sarifReportChunks(report, { name: 'cdk8s-jobs', version: packageVersion(), rules: allRuleInfo() });
    for (const chunk of chunks) out.write(chunk);
  }
  if (unreadable) return EXIT_UNREADABLE;
  return counts.errors > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}

/** A file that is not text at all (invalid UTF-8): one `yaml-syntax` result for the file. */
function undecodable(fileName: string, error: { message: string; line: number; column: number }): TextLintOutcome {
  return {
    documents: 1,
    skipped: 0,
    internalErrors: [],
    results: [yamlSyntaxResult(fileName, 0, error, 'this is not a text file; lint YAML or JSON manifests only')],
  };
}
