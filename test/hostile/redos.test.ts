import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { DECODE_PATTERNS } from '../../lib/schema/patterns';
import { collectRegexes, sourceFiles } from './collect-regexes';

// Every regular expression in lib/ (the ones other branches add included: the whole tree is
// scanned) and every `pattern` of the generated schemas must run in linear time: a
// backtracking regex on a 100 KB value is a hang. recheck judges each one.
const ROOT = join(__dirname, '..', '..');
const LIB = join(ROOT, 'lib');

function schemaPatterns(): string[] {
  const out = new Set<string>();
  for (const file of jsonFiles(join(ROOT, 'schemas'))) {
    JSON.parse(readFileSync(file, 'utf8'), (k, v) => {
      if (k === 'pattern' && typeof v === 'string') out.add(v);
      return v;
    });
  }
  return [...out];
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

const { regexes, dynamic } = collectRegexes(sourceFiles(LIB));

describe('regular expressions run in linear time', () => {
  it('finds the regexes of lib/ (literals and RegExp of constants)', () => {
    expect(regexes.length).toBeGreaterThan(20);
    expect(regexes.some((r) => r.file.endsWith('go-text.ts') && r.flags.includes('g'))).toBe(true);
  });

  it('builds every RegExp from constants, so that the checker sees it', () => {
    expect(dynamic.map((d) => `${relative(ROOT, d.file)}:${d.line}: ${d.text}`)).toEqual([]);
  });

  it('has no regex in lib/ that recheck judges super-linear', () => {
    const seen = new Map<string, string[]>();
    for (const r of regexes) {
      const id = `/${r.source}/${r.flags}`;
      seen.set(id, [...(seen.get(id) ?? []), `${relative(ROOT, r.file)}:${r.line}`]);
    }
    const bad: string[] = [];
    for (const [id, where] of seen) {
      const end = id.lastIndexOf('/');
      const result = checkSync(id.slice(1, end), id.slice(end + 1));
      if (result.status !== 'safe') bad.push(`${where.join(', ')}: ${id} is ${verdict(result)}`);
    }
    expect(bad).toEqual([]);
  }, 120_000);

  it('has no schema pattern that recheck judges super-linear (ajv runs them with the u flag)', () => {
    const patterns = [...new Set([...schemaPatterns(), ...DECODE_PATTERNS.flatMap((p) => (p.pattern ? [p.pattern] : []))])];
    expect(patterns.length).toBeGreaterThan(0);
    const bad = patterns.filter((p) => checkSync(p, 'u').status !== 'safe');
    expect(bad).toEqual([]);
  }, 60_000);

  it('catches a quadratic pattern (the check can fail)', () => {
    expect(checkSync('^\\s*([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)\\s*$', 'u').status).toBe('vulnerable');
    expect(checkSync('^\\s+|\\s+$', 'g').status).toBe('vulnerable');
  }, 30_000);
});

function verdict(result: ReturnType<typeof checkSync>): string {
  if (result.status === 'vulnerable') return `vulnerable (${result.complexity.type}; attack ${JSON.stringify(result.attack.pattern)})`;
  if (result.status === 'unknown') return `not decided (${result.error.kind})`;
  return result.status;
}
