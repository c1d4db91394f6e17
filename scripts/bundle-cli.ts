/**
 * Build step (`npm run build`, after tsc): the `cdk8s-jobs` command as one file,
 * `build/cli/cdk8s-jobs.js` (package.json `bin`), made with esbuild from tsc's output
 * `build/lib/cli/main.js`, so it runs exactly the code the tests compile and check.
 *
 * Why: a lint run starts by loading ~220 of our own modules, and Node resolves, reads and wraps
 * each one (`Module._resolveFilename` alone was a quarter of the 190 ms of module loading). One
 * file loads in one read and one compile: an empty file is linted in ~0.25 s instead of ~0.35 s.
 *
 * Only our code is bundled. Every package (js-yaml, picomatch, yaml, ajv) stays a dependency,
 * loaded from node_modules as before: no third-party code is copied into the package, and a
 * dependency update needs no rebuild. cdk8s, constructs and cdk8s-plus are never reached by the
 * CLI (test/cli/bundle.test.ts checks both). Not minified: stack traces stay readable.
 *
 *   npm run build        # or, after tsc: node build/scripts/bundle-cli.js
 */
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { packageRoot } from '../lib/schema/schema-files';

/** The bundle, relative to the package root (package.json `bin` points here). */
const CLI_BUNDLE = join('build', 'cli', 'cdk8s-jobs.js');

function main(): void {
  const t0 = performance.now();
  const root = packageRoot();
  const outfile = join(root, CLI_BUNDLE);
  // Write then rename: a CLI started meanwhile runs the old or the new file, never half of one.
  buildSync({
    entryPoints: [join(root, 'build', 'lib', 'cli', 'main.js')],
    outfile: `${outfile}.tmp`,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  renameSync(`${outfile}.tmp`, outfile);
  process.stderr.write(`bundled the CLI in ${(performance.now() - t0).toFixed(0)} ms -> ${outfile}\n`);
}

main();
