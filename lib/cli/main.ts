#!/usr/bin/env node
import { escapeText } from '../report/escape';
import { HELP } from './help';
import { runLint } from './run-lint';
import { parseCommandLine, UsageError } from './args';
import { packageVersion } from './package-version';
import { OutputWriter } from './output-writer';
import { formatRuleListing } from './rules-command';

/** Exit code when an input could not be read, the command line is wrong, or the tool failed. */
const EXIT_USAGE = 2;

// Diagnostics go to stderr; if stderr itself cannot be written (closed, /dev/full), they are
// dropped: the report on stdout and the exit code must not depend on them.
process.stderr.on('error', () => undefined);
function diagnostic(line: string): void {
  try {
    process.stderr.write(`cdk8s-jobs: ${escapeText(line)}\n`);
  } catch {
    // stderr is gone; nothing else to tell
  }
}

async function main(argv: readonly string[], out: OutputWriter): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    diagnostic(e.message);
    diagnostic('Run "cdk8s-jobs --help" for usage.');
    return EXIT_USAGE;
  }
  if (command.command === 'help') out.write(HELP);
  else if (command.command === 'version') out.write(`${packageVersion()}\n`);
  else if (command.command === 'rules') out.write(formatRuleListing(command.output));
  else {
    if (command.paths.length === 0 && process.stdin.isTTY) {
      diagnostic('no input: give files or directories, or pipe manifests on stdin');
      diagnostic('Run "cdk8s-jobs --help" for usage.');
      return EXIT_USAGE;
    }
    return runLint(command, out, diagnostic);
  }
  return 0;
}

// One line for anything unexpected (the stack only with CDK8S_JOBS_DEBUG=1), and exit code 2.
function fail(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  diagnostic(`internal error: ${message.split('\n')[0]}`);
  if (process.env.CDK8S_JOBS_DEBUG && e instanceof Error && e.stack) {
    try {
      process.stderr.write(`${e.stack}\n`);
    } catch {
      // stderr is gone
    }
  } else diagnostic('set CDK8S_JOBS_DEBUG=1 for the stack trace');
  process.exitCode = EXIT_USAGE;
}

const out = new OutputWriter(process.stdout);
main(process.argv.slice(2), out)
  .then(async (code) => {
    // Let stdout drain (no process.exit): a large report on a pipe is written asynchronously.
    await out.drained();
    if (out.failure) {
      diagnostic(`cannot write the report: ${out.failure.message}`);
      process.exitCode = EXIT_USAGE;
    } else process.exitCode = code;
  })
  .catch(fail);
