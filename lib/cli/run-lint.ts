import { findConfigFile, loadConfigFile, type LoadedConfig } from '../config/config-file';
import { ConfigError } from '../config/errors';
import { GithubReportStream } from '../report/github';
import { JsonReportStream, type DocumentResult, type LintSummary, type SkippedFile } from '../report/json';
import { JunitReportStream } from '../report/junit';
import { SarifReportStream } from '../report/sarif';
import type { ReportSink, ReportStream } from '../report/stream';
import { TextReportStream } from '../report/text';
import { DEFAULT_KUBERNETES_VERSION } from '../versions';
import { decodeText } from '../yaml';
import type { LintCommand } from './args';
import { FileSpool } from './file-spool';
import { GitOpsFiles } from './gitops-files';
import { ignoreMatcher, type IgnoreGlobs } from './ignore';
import { expandInputs, readInput, readStdin, reasonOf } from './inputs';
import { lintYamlChunks, lintYamlText, yamlSyntaxResult, type StreamLintCounts, type TextLintOutcome } from './lint-text';
import { streamableFile, textChunks } from './read-chunks';
import type { OutputWriter } from './output-writer';
import { packageVersion } from './package-version';
import { allRuleInfo } from './rule-catalog';

const EXIT_CLEAN = 0;
const EXIT_ERRORS = 1;
const EXIT_UNREADABLE = 2;

/** Where `lint` writes notes and problems (stderr), one line each, without the `cdk8s-jobs: ` prefix. */
export type Diagnostics = (line: string) => void;

/**
 * `cdk8s-jobs lint`: reads the configuration, then the inputs one at a time, lints each, writes
 * the report, returns the exit code. A file named on the command line is read in chunks, one
 * document at a time, and each result goes to the report as soon as it is known: text and
 * GitHub output are written at once; JSON, SARIF and JUnit, which print totals first, keep the
 * rendered results in a temporary file until the end. Memory does not grow with the input.
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
  const report = reportStream(cmd, kubernetesVersion, (text) => out.write(text));
  const skippedFiles: SkippedFile[] = [];
  let unreadable = false;
  const note = (file: string, reason: string) => {
    skippedFiles.push({ file, reason });
    if (!cmd.quiet) warn(`note: ${printable(file)}: ${printable(reason)}`);
  };

  const handle = (fileName: string, text: string) => {
    record(lintYamlText(text, { fileName, kubernetesVersion, errorsOnly: cmd.quiet, rules: config?.rules }));
  };
  const recordCounts = (outcome: StreamLintCounts) => {
    counts.documents += outcome.documents;
    counts.skipped += outcome.skipped;
    for (const line of outcome.internalErrors) warn(line);
    if (outcome.internalErrors.length > 0) unreadable = true;
  };
  const recordResult = (r: DocumentResult) => {
    for (const v of r.violations) {
      if (v.severity === 'error') counts.errors++;
      else counts.warnings++;
    }
    counts.suppressed += r.suppressed?.length ?? 0;
    report.add(r);
  };
  const record = (outcome: TextLintOutcome) => {
    recordCounts(outcome);
    for (const r of outcome.results) recordResult(r);
  };
  // A file named on the command line is streamed: one document in memory at a time, each result
  // written (text) as soon as it is known. Walked files are read whole (they are small, and the
  // Helm and not-Kubernetes checks look at the whole text first).
  const stream = (fileName: string, file: { readonly path: string }) => {
    const options = { fileName, kubernetesVersion, errorsOnly: cmd.quiet, rules: config?.rules };
    recordCounts(lintYamlChunks(textChunks(file), options, recordResult));
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
    const streamable = input.kind === 'path' && !input.walked ? streamableFile(input.path) : undefined;
    if (streamable) {
      try {
        stream(fileName, streamable);
      } catch (e) {
        if (!isFileSystemError(e)) throw e;
        warn(`${printable(fileName)}: ${reasonOf(e)}`);
        unreadable = true;
      }
      continue;
    }
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
  report.finish({ summary, skipped: skippedFiles, notBatch: counts.skipped });
  if (unreadable) return EXIT_UNREADABLE;
  if (counts.errors > 0) return EXIT_ERRORS;
  return cmd.failOn === 'warning' && counts.warnings > 0 ? EXIT_ERRORS : EXIT_CLEAN;
}

/** The report of `--output`, writing to `sink`. */
function reportStream(cmd: LintCommand, kubernetesVersion: string, sink: ReportSink): ReportStream {
  switch (cmd.output) {
    case 'text':
      return new TextReportStream(sink);
    case 'github':
      return new GithubReportStream(sink);
    case 'json':
      return new JsonReportStream(kubernetesVersion, sink, FileSpool.create());
    case 'sarif':
      return new SarifReportStream(kubernetesVersion, { name: 'cdk8s-jobs', version: packageVersion(), rules: allRuleInfo() }, sink, FileSpool.create());
    case 'junit':
      return new JunitReportStream(kubernetesVersion, { warningsFail: cmd.failOn === 'warning' }, sink, FileSpool.create());
  }
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

/** An error of the file system (the file went away between the check and the read), not a bug. */
function isFileSystemError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).syscall !== undefined;
}

/** A file name for a one-line note: quoted with escapes when it holds control or format characters. */
function printable(s: string): string {
  return /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(s) ? JSON.stringify(s) : s;
}

