import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const requireBuilt = createRequire(join(ROOT, 'build', 'noop.js'));

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });
}

/** The package a bare module specifier names (`@scope/name/sub` -> `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const SHIPPED = ['build/lib', 'build/plus-33/lib', 'build/plus-34/lib'];
const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies), ...builtinModules]);
const isBare = (s: string) => !s.startsWith('.') && !s.startsWith('/');
const isAllowed = (s: string) => s.startsWith('node:') || allowed.has(packageOf(s));

/** Module specifiers in declarations or code, comments left out. */
function specifiersOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*|reference\s+types=)["']([^"']+)["']/g)].map((m) => m[1]);
}

function reachableDeclarations(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (isBare(specifier)) continue;
      const base = join(file, '..', specifier);
      const next = [`${base}.d.ts`, join(base, 'index.d.ts')].find((f) => existsSync(f));
      if (next) queue.push(next);
    }
  }
  return seen;
}

/** A peer, a Node built-in, or a dependency that ships its own types (js-yaml does not: @types/js-yaml is a devDependency). */
function isTypedDependency(specifier: string): boolean {
  const name = packageOf(specifier);
  if (specifier.startsWith('node:') || builtinModules.includes(name) || name in pkg.peerDependencies) return true;
  if (!(name in pkg.dependencies)) return false;
  const manifest = JSON.parse(readFileSync(requireBuilt.resolve(`${name}/package.json`), 'utf8'));
  return Boolean(manifest.types ?? manifest.typings);
}

describe('package.json', () => {
  it('has cdk8s, constructs and the cdk8s-plus majors as peers, the majors optional, none as dependencies', () => {
    for (const name of ['cdk8s', 'constructs', 'cdk8s-plus-28', 'cdk8s-plus-33', 'cdk8s-plus-34']) {
      expect(pkg.peerDependencies[name], name).toMatch(/^\^\d+\.\d+\.\d+$/);
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
    expect(Object.keys(pkg.peerDependenciesMeta).sort()).toEqual(['cdk8s-plus-28', 'cdk8s-plus-33', 'cdk8s-plus-34']);
    for (const meta of Object.values(pkg.peerDependenciesMeta)) expect(meta).toEqual({ optional: true });
  });

  it('says where the project lives and runs no script when installed', () => {
    expect(pkg.license).toBe('Apache-2.0');
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/cdk8s-jobs\/cdk8s-jobs\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\//);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[script], script).toBeUndefined();
    expect(pkg.scripts.prepack).toMatch(/build >&2$/); // the build prints to stderr only: `npm pack --json` stays JSON
  });

  it('exports a cdk8s-plus-33 and a cdk8s-plus-34 entry point, shipped and typed', () => {
    for (const major of [33, 34]) {
      const entry = pkg.exports[`./plus-${major}`];
      expect(entry).toEqual({ types: `./build/plus-${major}/lib/index.d.ts`, default: `./build/plus-${major}/lib/index.js` });
      expect(pkg.typesVersions['*'][`plus-${major}`]).toEqual([`build/plus-${major}/lib/index.d.ts`]);
      expect(pkg.files).toContain(`build/plus-${major}/lib`);
      expect(existsSync(join(ROOT, entry.default)) && existsSync(join(ROOT, entry.types))).toBe(true);
    }
  });
});

describe('LICENSE and README', () => {
  it('ships the Apache License 2.0 that package.json names', () => {
    const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    expect(license).toContain('Apache License\n                           Version 2.0, January 2004');
    expect(license).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
  });

  it('links only absolute URLs, which work on the registry', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !/^https:\/\//.test(l))).toEqual([]);
  });
});

describe('the shipped build', () => {
  it('the .d.ts files tsc loads from each entry point import only typed dependencies, peers and Node built-ins', () => {
    // what `tsc` without skipLibCheck reads: every .d.ts reachable from an entry point
    const entries = [...SHIPPED.map((d) => `${d}/index.d.ts`), 'build/lib/testing/index.d.ts'];
    const stray: string[] = [];
    for (const file of reachableDeclarations(entries.map((e) => join(ROOT, e)))) {
      for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
        if (isBare(specifier) && !isTypedDependency(specifier)) stray.push(`${file.slice(ROOT.length + 1)}: ${specifier}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('its JavaScript requires only dependencies, peers and Node built-ins', () => {
    const stray: string[] = [];
    for (const dir of SHIPPED) {
      for (const file of filesUnder(join(ROOT, dir), '.js')) {
        for (const m of readFileSync(file, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)) {
          if (isBare(m[1]) && !isAllowed(m[1])) stray.push(`${file.slice(ROOT.length + 1)}: ${m[1]}`);
        }
      }
    }
    expect(stray).toEqual([]);
  });
});

describe('the public API', () => {
  // A new root export is a decision: add it here, and it appears in docs/api.
  const ROOT_EXPORTS = [
    'ALL_RULES',
    'ConfigError',
    'IGNORE_CHECK_PREFIX',
    'RECOMMENDED_RULES',
    'RULES_CONTEXT_KEY',
    'ruleSettingsOf',
    'checkManifest',
    'hintFor',
    'CompletionMode',
    'ConditionStatus',
    'CronJob',
    'CronJobTemplate',
    'DEFAULT_KUBERNETES_VERSION',
    'IndexedJob',
    'JobPerWorkItem',
    'JobsValidation',
    'KUBERNETES_VERSIONS',
    'KUBERNETES_VERSION_CONTEXT_KEY',
    'OneShotJob',
    'ParallelJob',
    'PodFailurePolicyAction',
    'PodFailurePolicyOperator',
    'PodFailurePolicyRule',
    'PodReplacementPolicy',
    'UnsupportedKubernetesVersionError',
    'WARNINGS_CONTEXT_KEY',
    'WORK_ITEM_FILE_ENV',
    'WORK_QUEUE_ENV',
    'WorkQueue',
    'WorkQueueJob',
    'findRule',
    'formatHeadline',
    'formatViolation',
    'kubernetesVersionOf',
    'lintManifest',
    'lintYamlText',
    'loadDocuments',
    'readDocuments',
    'resolveKubernetesVersion',
    'validateManifest',
    'validateOnSynth',
    'warningModeOf',
  ];

  it.each(['lib', 'plus-33/lib', 'plus-34/lib'])('build/%s exports the constructs, the engine entry points and nothing else', (dir) => {
    expect(Object.keys(requireBuilt(`./${dir}/index.js`)).sort()).toEqual([...ROOT_EXPORTS].sort());
  });
});

describe('the cdk8s synth plugin module', () => {
  it('loads no cdk8s-plus, so the CLI can load it in an app on any cdk8s-plus major', () => {
    const plugin = join(ROOT, 'build', 'lib', 'plugin', 'index.js');
    const seen = new Set<string>();
    const queue = [plugin];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
        expect(specifier, file).not.toMatch(/^cdk8s-plus-/);
        if (!isBare(specifier)) queue.push(createRequire(file).resolve(specifier));
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(typeof (requireBuilt(plugin) as { JobsValidation: unknown }).JobsValidation).toBe('function');
  });
});
