import { findConfigFile, loadConfigFile, type LoadedConfig } from '../config/config-file';
import { ConfigError } from '../config/errors';
import { formatGithubReport } from '../report/github';
import { jsonReportChunks, type DocumentResult, type LintSummary, type SkippedFile } from '../report/json';
import { formatJunitReport } from '../report/junit';
import { sarifReportChunks } from '../report/sarif';
import { formatTextResult, formatTextSummary } from '../report/text';
import { DEFAULT_KUBERNETES_VERSION } from '../versions';
import { decodeText } from '../yaml';
import type { LintCommand } from './args';
import { GitOpsFiles } from './gitops-files';
import { ignoreMatcher, type IgnoreGlobs } from './ignore';
import { expandInputs, readInput, readStdin, reasonOf } from './inputs';
import { lintYamlText, yamlSyntaxResult, type TextLintOutcome } from './lint-text';
import type { OutputWriter } from './output-writer';
import { packageVersion } from './package-version';
import { allRuleInfo } from './rule-catalog';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_UNREADABLE = 2;

/** Where `lint` writes notes and problems (stderr), one line each, without the `cdk8s-jobs: ` prefix. */
export type Diagnostics = (line: string) => void;

/**
 * `cdk8s-jobs lint`: reads the configuration, then the inputs one at a time (only one file's text
 * and results are held at once; text output is streamed), lints each, writes the report, returns
 * the exit code.
 */
export async function runLint(cmd: LintCommand, out: OutputWriter, warn: Diagnostics): Promise<number> {
  let config: LoadedConfig | undefined;
  try {
    const file = cmd.config ?? findConfigFile(process.cwd());
    config = file === undefined ? undefined : loadConfigFile(file);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    for (const line of e.message.split('\n')) warn(`config: ${line.trim()}`);
    return EXIT_UNREADABLE;
  }
  const kubernetesVersion = cmd.kubernetesVersion ?? config?.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  const globs: IgnoreGlobs[] = [{ baseDir: process.cwd(), globs: cmd.ignorePaths, source: '--ignore-path' }];
  if (config) globs.push({ baseDir: config.baseDir, globs: config.ignorePaths, source: `ignorePaths of ${config.file}` });
  const gitops = new GitOpsFiles();

  const counts = { documents: 0, errors: 0, warnings: 0, suppressed: 0, skipped: 0 };
  const kept: DocumentResult[] = []; // json, sarif, junit and github print everything at the end
  const skippedFiles: SkippedFile[] = [];
  let unreadable = false;
  const note = (file: string, reason: string) => {
    skippedFiles.push({ file, reason });
    if (!cmd.quiet) warn(`note: ${printable(file)}: ${printable(reason)}`);
  };

  const handle = (fileName: string, text: string) => {
    const outcome = lintYamlText(text, { fileName, kubernetesVersion, errorsOnly: cmd.quiet, rules: config?.rules });
    record(outcome);
  };
  const record = (outcome: TextLintOutcome) => {
    counts.documents += outcome.documents;
    counts.skipped += outcome.skipped;
    for (const line of outcome.internalErrors) warn(line);
    if (outcome.internalErrors.length > 0) unreadable = true;
    for (const r of outcome.results) {
      for (const v of r.violations) {
        if (v.severity === 'error') counts.errors++;
        else counts.warnings++;
      }
      counts.suppressed += r.suppressed?.length ?? 0;
      if (cmd.output === 'text') out.write(formatTextResult(r));
      else kept.push(r);
    }
  };

  const paths = cmd.paths.length > 0 ? cmd.paths : ['-'];
  for (const input of expandInputs(paths, { ignored: ignoreMatcher(globs), gitops })) {
    if (input.kind === 'problem') {
      warn(`${printable(input.path)}: ${input.reason}`);
      unreadable = true;
      continue;
    }
    if (input.kind === 'skipped') {
      if (input.noted) note(input.path, input.reason);
      continue;
    }
    const fileName = input.kind === 'stdin' ? '<stdin>' : input.path;
    let bytes: Buffer;
    try {
      bytes = input.kind === 'stdin' ? await readStdin() : readInput(input.path);
    } catch (e) {
      warn(`${printable(fileName)}: ${reasonOf(e)}`);
      unreadable = true;
      continue;
    }
    const decoded = decodeText(bytes);
    if ('error' in decoded) {
      if (input.kind === 'path' && input.walked) note(fileName, 'not a text file, skipped');
      else record(undecodable(fileName, decoded.error));
      continue;
    }
    const skip = input.kind === 'path' && input.walked ? gitops.skipAfterRead(input.path, decoded.text) : undefined;
    if (skip) note(fileName, skip);
    else handle(fileName, decoded.text);
  }

  if (cmd.paths.length === 0 && counts.documents === 0 && !cmd.quiet) warn('note: no path given and nothing on stdin: 0 documents linted');
  const summary: LintSummary = { documents: counts.documents, errors: counts.errors, warnings: counts.warnings, suppressed: counts.suppressed };
  const report = { kubernetesVersion, summary, results: kept, skipped: skippedFiles };
  switch (cmd.output) {
    case 'text':
      out.write(formatTextSummary(summary, counts.skipped, skippedFiles.length));
      break;
    // JSON and SARIF are written piece by piece: a large report is never one string.
    case 'json':
      for (const chunk of jsonReportChunks(report)) out.write(chunk);
      break;
    case 'sarif':
      for (const chunk of sarifReportChunks(report, { name: 'cdk8s-jobs', version: packageVersion(), rules: allRuleInfo() })) out.write(chunk);
      break;
    case 'junit':
      out.write(formatJunitReport(report, { warningsFail: cmd.failOn === 'warning' }));
      break;
    case 'github':
      out.write(formatGithubReport(report));
      break;
  }
  if (unreadable) return EXIT_UNREADABLE;
  if (counts.errors > 0) return EXIT_ERRORS;
  return cmd.failOn === 'warning' && counts.warnings > 0 ? EXIT_ERRORS : EXIT_CLEAN;
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

/** A file name for a one-line note: quoted with escapes when it holds control or format characters. */
function printable(s: string): string {
  return /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(s) ? JSON.stringify(s) : s;
}

