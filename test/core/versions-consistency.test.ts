/**
 * Supported Kubernetes versions are named once (`KUBERNETES_VERSIONS` in lib/versions.ts). Every
 * other place that lists versions, generated or written, must list exactly those: this fails when
 * a version is added in one place and missing in another (docs/new-kubernetes-version.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, VALIDATION_CHANGES, type CatalogueField } from '../../lib/k8s/catalogue';
import { KUBERNETES_VERSIONS, minorOf } from '../../lib/versions';
import { definitionFiles } from '../../scripts/schema/definitions';
import { GENERATED_GOLDENS, readGoldens } from '../differential/goldens';

const ROOT = resolve(__dirname, '..', '..');
const SUPPORTED = [...KUBERNETES_VERSIONS];
const FIRST = SUPPORTED[0];
const LAST = SUPPORTED[SUPPORTED.length - 1];

function versionsIn(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => pattern.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}

describe('every place that lists Kubernetes versions lists KUBERNETES_VERSIONS', () => {
  it('is sorted, contiguous minors without gaps', () => {
    const minors = SUPPORTED.map((v) => minorOf(v));
    expect(minors).toEqual(minors.map((_, i) => minors[0] + i));
  });

  it('schemas/ has a folder for each version and no other', () => {
    expect(versionsIn(join(ROOT, 'schemas'), /^v(1\.\d+)$/)).toEqual(SUPPORTED);
    for (const v of SUPPORTED) {
      expect(existsSync(join(ROOT, 'schemas', `v${v}`, 'job.json'))).toBe(true);
      expect(existsSync(join(ROOT, 'schemas', `v${v}`, 'cronjob.json'))).toBe(true);
    }
  });

  it('the schema generator has OpenAPI definitions for each version', () => {
    for (const v of SUPPORTED) expect(definitionFiles(v).some((f) => existsSync(f)), `definitions for ${v}`).toBe(true);
  });

  it('the oracle has a pinned go.mod for each version, and the goldens judge only those', () => {
    expect(versionsIn(join(ROOT, 'oracle', 'versions'), /^k8s-(1\.\d+)\.mod$/)).toEqual(SUPPORTED);
    const goldens = readGoldens(GENERATED_GOLDENS);
    for (const v of goldens.versions) expect(SUPPORTED).toContain(v);
  });

  it('the README states the range from the first to the last version', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const ranges = [...readme.matchAll(/\b(1\.\d+) to (1\.\d+)\b|\b(1\.\d+)\.\.(1\.\d+)\b/g)].map((m) => [m[1] ?? m[3], m[2] ?? m[4]]);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) expect(range).toEqual([FIRST, LAST]);
  });

  it('the catalogue bounds name supported versions only, in order', () => {
    for (const row of CATALOGUE as readonly CatalogueField[]) {
      const bounds = [row.addedIn, row.gate?.onByDefaultFrom, ...(row.gatedValues ?? []).map((g) => g.gate.onByDefaultFrom), ...(row.values ?? []).flatMap((s) => [s.since, s.until])];
      for (const b of bounds) if (b !== undefined && b !== 'never') expect(SUPPORTED, `${row.definition}.${row.field}`).toContain(b);
      for (const s of row.values ?? []) if (s.since && s.until) expect(minorOf(s.since)).toBeLessThanOrEqual(minorOf(s.until));
    }
    for (const [name, change] of Object.entries(VALIDATION_CHANGES)) expect(SUPPORTED, name).toContain(change.since);
  });
});
