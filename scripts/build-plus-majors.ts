/**
 * Build step (`npm run build`, after tsc): compiles `lib/` once more for each further cdk8s-plus
 * major, into `build/plus-XX/lib/` (package exports `cdk8s-jobs/plus-XX`).
 *
 * One source, built per major: every construct imports cdk8s-plus through `lib/jobs/kplus.ts`
 * alone (and the example app through `examples/kplus.ts`), so the only difference between the
 * builds is that module's text. This step runs the TypeScript compiler on the real `lib/` (and
 * `examples/`, for test/package/plus-majors.test.ts) with a compiler host that serves
 * `export * from 'cdk8s-plus-XX';` for those files. Nothing is copied or rewritten after the
 * fact: tsc type-checks every construct against cdk8s-plus-XX's own declarations (the build
 * fails on any type error) and emits JavaScript and `.d.ts` files that require only that major.
 * As a guard, the step fails if any emitted file still names cdk8s-plus-28.
 *
 *   node build/scripts/build-plus-majors.js
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';

/** The cdk8s-plus majors built besides the root's cdk8s-plus-28 (each a devDependency). */
export const EXTRA_PLUS_MAJORS = [33, 34] as const;

const ROOT = resolve(__dirname, '..', '..');
/** The modules that import cdk8s-plus: the library's, and the example app's own. */
const SHIMS = [join(ROOT, 'lib', 'jobs', 'kplus.ts'), join(ROOT, 'examples', 'kplus.ts')];
/** The library, and the example app (`build/plus-XX/examples/`, not shipped) for test/package. */
const ENTRIES = [join(ROOT, 'lib', 'index.ts'), join(ROOT, 'examples', 'app.ts')];

function shimText(major: number): string {
  return `export * from 'cdk8s-plus-${major}';\n`;
}

function compilerOptions(outDir: string): ts.CompilerOptions {
  const configFile = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  if (configFile.error) throw new Error(ts.flattenDiagnosticMessageText(configFile.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  return { ...parsed.options, outDir, rootDir: ROOT, noEmit: false, declaration: true };
}

function build(major: number): void {
  const outDir = join(ROOT, 'build', `plus-${major}`);
  rmSync(outDir, { recursive: true, force: true });
  const options = compilerOptions(outDir);
  const host = ts.createCompilerHost(options);
  const isShim = (fileName: string) => SHIMS.includes(resolve(fileName));
  const { getSourceFile, readFile } = host;
  host.readFile = (fileName) => (isShim(fileName) ? shimText(major) : readFile.call(host, fileName));
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    isShim(fileName)
      ? ts.createSourceFile(fileName, shimText(major), languageVersion)
      : getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
  const program = ts.createProgram({ rootNames: ENTRIES, options, host });
  const emitted = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) {
    const text = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => ROOT,
      getNewLine: () => '\n',
    });
    throw new Error(`cdk8s-plus-${major} build failed:\n${text}`);
  }
  const stray = filesUnder(outDir).filter((f) => /["']cdk8s-plus-28["']/.test(readFileSync(f, 'utf8')));
  if (stray.length > 0) throw new Error(`cdk8s-plus-${major} build still refers to cdk8s-plus-28 in: ${stray.join(', ')}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

if (require.main === module) {
  try {
    for (const major of EXTRA_PLUS_MAJORS) build(major);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
}
