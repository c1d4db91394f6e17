#!/usr/bin/env node
import { HELP } from './help';
import { runLint } from './run-lint';
import { parseCommandLine, UsageError } from './args';
import { packageVersion } from './package-version';
import { OutputWriter } from './output-writer';
import { formatRuleListing } from './rules-command';

/** Exit code when an input could not be read, the command line is wrong, or the tool failed. */
const EXIT_USAGE = 2;

async function main(argv: readonly string[]): Promise<number> {
  const out = new OutputWriter(process.stdout);
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`cdk8s-jobs: ${e.message}\nRun "cdk8s-jobs --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (command.command === 'help') {
    out.write(HELP);
  } else if (command.command === 'version') {
    out.write(`${packageVersion()}\n`);
  } else if (command.command === 'rules') {
    out.write(formatRuleListing(command.output));
  } else {
    if (command.paths.length === 0 && process.stdin.isTTY) {
      process.stderr.write('cdk8s-jobs: no input: give files or directories, or pipe manifests on stdin\nRun "cdk8s-jobs --help" for usage.\n');
      return EXIT_USAGE;
    }
    const code = await runLint(command, out, (line) => process.stderr.write(`cdk8s-jobs: ${line}\n`));
    out.flush();
    return code;
  }
  out.flush();
  return 0;
}

// One line for anything unexpected (the stack only with CDK8S_JOBS_DEBUG=1), and exit code 2.
function fail(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`cdk8s-jobs: internal error: ${message.split('\n')[0]}\n`);
  if (process.env.CDK8S_JOBS_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  else process.stderr.write('cdk8s-jobs: set CDK8S_JOBS_DEBUG=1 for the stack trace\n');
  process.exitCode = EXIT_USAGE;
}

// `| head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(e);
});

main(process.argv.slice(2)).then(
  (code) => {
    // Let stdout drain (no process.exit): a large report on a pipe is written asynchronously.
    process.exitCode = code;
  },
  fail,
);
