import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../lib/yaml';
import { lintManifest } from '../lib/lint';
import { ALL_RULES } from '../lib/rules';
import type { Violation } from '../lib/violation';

/** Expectations per fixture (test/fixtures/seeds/README.md). */
interface SeedExpectation {
  readonly verdict: 'valid' | 'invalid';
  readonly findings?: ReadonlyArray<{ readonly rule: string | readonly string[]; readonly path?: string }>;
}

const DIR = join(__dirname, 'fixtures', 'seeds');
const VERSION = '1.28';
const INDEX = JSON.parse(readFileSync(join(DIR, 'INDEX.json'), 'utf8')) as Record<string, SeedExpectation>;

/** Every rule id a finding can carry. */
const KNOWN = new Set(['schema', 'api-version-removed', 'yaml-syntax', ...ALL_RULES.map((r) => r.id)]);

function lintFile(file: string): Violation[] {
  const docs = loadDocuments(readFileSync(join(DIR, file), 'utf8'), file);
  return docs.flatMap((d) =>
    d.error
      ? [{ rule: 'yaml-syntax', severity: 'error' as const, path: '', message: d.error.message }]
      : lintManifest(d.value, { kubernetesVersion: VERSION }),
  );
}

const render = (vs: readonly Violation[]) => vs.map((v) => `${v.path}: ${v.message} [${v.rule}]`);

describe(`seed examples, linted as Kubernetes ${VERSION}`, () => {
  it('has an expectation for every fixture, and a fixture for every expectation', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
    expect(Object.keys(INDEX).sort()).toEqual(files);
  });

  it('expects only rule ids that exist (a misspelled id would make an expectation unmeetable)', () => {
    const expectedIds = Object.values(INDEX).flatMap((e) => (e.findings ?? []).flatMap((f) => (typeof f.rule === 'string' ? [f.rule] : f.rule)));
    expect(expectedIds.filter((id) => !KNOWN.has(id))).toEqual([]);
  });

  describe.each(Object.entries(INDEX))('%s', (file, expected) => {
    let cached: Violation[] | undefined;
    const found = () => (cached ??= lintFile(file));
    const errors = () => found().filter((v) => v.severity === 'error');

    if (expected.verdict === 'valid') {
      it('is valid', () => {
        expect(render(errors())).toEqual([]);
      });
      return;
    }

    for (const f of expected.findings ?? []) {
      const rules = typeof f.rule === 'string' ? [f.rule] : f.rule;
      const label = `reports ${rules.join(' or ')}${f.path === undefined ? '' : ` at ${f.path}`}`;
      it(label, () => {
        const match = errors().some((v) => rules.includes(v.rule) && (f.path === undefined || v.path === f.path));
        expect(match, render(found()).join('\n')).toBe(true);
      });
    }
  });
});
